using System.Net;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Users;

public sealed class IndexTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AStewardCannotManageUsers()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);

        foreach (var url in new[] { "/admin/users", "/admin/users/create" })
        {
            var response = await steward.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin/account/accessdenied", response.Headers.Location!.AbsolutePath);
        }

        var post = await steward.PostAsync("/admin/users/create", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steward.GetAsync("/admin/projects")).StatusCode);
    }

    [Fact]
    public async Task AnAdminCreatesAStewardWhoCanThenSignIn()
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Admin);

        var weak = await AdminHost.PostFormAsync(admin, "/admin/users/create", new() { ["Input.Email"] = "new@example.org", ["Input.Password"] = "short", ["Input.Role"] = AdminRoles.Steward });
        Assert.NotNull((await AdminHost.ParseAsync(weak)).QuerySelector("span[data-valmsg-for='Input.Password'].field-validation-error"));

        var created = await AdminHost.PostFormAsync(admin, "/admin/users/create", new() { ["Input.Email"] = "new@example.org", ["Input.Password"] = "A-Good-Password-7", ["Input.Role"] = AdminRoles.Steward });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await AdminHost.GetDocumentAsync(admin, "/admin/users");
        // Every row lists both roles to choose from; the new user's row has Steward selected.
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("new@example.org", StringComparison.Ordinal));
        Assert.Equal(AdminRoles.Steward, ((AngleSharp.Html.Dom.IHtmlSelectElement)row.QuerySelector("select")!).Value);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminHost.SignInAsync(_host.NewClient(), "new@example.org", "A-Good-Password-7")).StatusCode);
    }
}
