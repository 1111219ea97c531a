using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.RateLimits;

/// <summary>
/// Real Chromium against a real Kestrel server: a steward follows the main menu to the rate limits and reads an
/// application's own limits. Screenshot: <c>artifacts/screenshots/admin-rate-limits.png</c>.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly AdminHost _host = LimitsHost.Create();
    private string _baseUrl = string.Empty;

    public async Task InitializeAsync()
    {
        _host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
        _baseUrl = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await LimitsHost.RegisterApplicationsAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AStewardFindsAnApplicationsLimitsFromTheMenu()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await (await browser.NewContextAsync(_baseUrl)).NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("E-mail").FillAsync(await _host.CreateUserAsync(AdminRoles.Steward));
        await page.GetByLabel("Password").FillAsync(AdminHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Rate limits" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/admin/ratelimits", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Rate limits", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        var cells = await page.Locator("#limits tr[data-client='atlas-maps'] td").AllInnerTextsAsync();
        Assert.Equal("200", cells[2].Trim());
        Assert.Equal("own configuration", cells[6].Trim());
        Assert.Contains("ghost-app", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = LiveAdmin.Screenshot("admin-rate-limits.png"), FullPage = true });
    }
}
