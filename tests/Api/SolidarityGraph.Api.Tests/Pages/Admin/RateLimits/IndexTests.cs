using System.Net;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.RateLimits;

/// <summary>Stewards read the limits in force per partner application; anonymous callers are sent to sign in.</summary>
public sealed class IndexTests : IAsyncLifetime
{
    private readonly AdminHost _host = LimitsHost.Create();

    public async Task InitializeAsync() => await LimitsHost.RegisterApplicationsAsync(_host);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AStewardSeesEachApplicationsOwnLimitsOverTheDefaults()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);

        var page = await AdminHost.GetDocumentAsync(steward, "/admin/ratelimits");

        string[] Cells(string client) => page.QuerySelectorAll($"#limits tr[data-client='{client}'] td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["Atlas Maps", "atlas-maps", "200", "600", "1,000", "yes", "own configuration"], Cells("atlas-maps"));
        Assert.Equal(["Plain App", "plain-app", "5,000", "600", "1,000", "no", "defaults"], Cells("plain-app"));
        Assert.Equal("5,000", Cells("(defaults)")[2]);
        Assert.Contains("ghost-app", page.QuerySelector("#unmatched-limits")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("atlas-maps", page.QuerySelector("#unmatched-limits")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        using var anonymous = _host.NewClient();

        var response = await anonymous.GetAsync("/admin/ratelimits");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/account/login", response.Headers.Location!.AbsolutePath);
    }
}
