using System.Net;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Account;

public sealed class LoginTests : IAsyncLifetime
{
    private readonly AdminHost _host = new() { MaxFailedAttempts = 3 };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WrongPasswordShowsAnErrorAndTheConfiguredCountLocksTheAccount()
    {
        var email = await _host.CreateUserAsync(AdminRoles.Steward);
        var client = _host.NewClient();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var wrong = await AdminHost.SignInAsync(client, email, "Wrong-Password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("E-mail or password is wrong.", (await AdminHost.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);
        }

        var third = await AdminHost.SignInAsync(client, email, "Wrong-Password-1");
        Assert.Contains("locked", (await AdminHost.ParseAsync(third)).QuerySelector("[role=alert]")!.TextContent);

        // Locked: even the right password is refused now.
        var right = await AdminHost.SignInAsync(client, email, AdminHost.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", (await AdminHost.ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task RightPasswordSignsInAndSignOutEndsTheSession()
    {
        var email = await _host.CreateUserAsync(AdminRoles.Steward);
        var client = _host.NewClient();

        var signIn = await AdminHost.SignInAsync(client, email, AdminHost.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SolidarityGraph.Admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var signOut = await AdminHost.PostFormAsync(client, "/admin/account/logout", [], "main form");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/admin/account/login", (await client.GetAsync("/admin")).Headers.Location!.AbsolutePath);
    }
}
