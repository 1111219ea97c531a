using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using SolidarityGraph.Api.Extensions;
using SolidarityGraph.Testing;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Hosting;

/// <summary>
/// The server as the README starts it (<see cref="ReadmeServer"/>: built output, Production, fresh database): it prints
/// its URLs last, every asset its pages link to answers with the right content type, and the admin is styled in a real
/// browser. Screenshots: <c>artifacts/screenshots/production-*.png</c>.
/// </summary>
public sealed class ProductionServerTests(ReadmeServerFixture fixture, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<ReadmeServerFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>Pages whose linked assets are checked; the admin ones after signing in.</summary>
    private static readonly string[] Pages =
    [
        "/", "/admin/account/login", "/admin", "/admin/projects", "/admin/organisations", "/admin/sources", "/admin/browse", "/admin/users",
    ];

    private ReadmeServer Server => fixture.Server;

    [Fact]
    public void StartUpPrintsTheUrlsAsItsLastLines()
    {
        var baseUrl = Server.BaseAddress.ToString().TrimEnd('/');
        string[] expected =
        [
            $"SolidarityGraph listening on {baseUrl}",
            .. StartupLogExtensions.Surfaces.Select(s => $"  {s.Label}: {baseUrl}{s.Path}"),
        ];

        // One line per entry (appsettings.json): "<UTC time> info: SolidarityGraph.Api[0] <message>".
        var last = fixture.StartupLines.TakeLast(expected.Length).ToList();
        Assert.True(
            expected.Zip(last).All(pair => pair.Second.EndsWith("info: SolidarityGraph.Api[0] " + pair.First, StringComparison.Ordinal)),
            "the last start-up lines are not the URLs:\n" + string.Join('\n', last));
    }

    [Fact]
    public async Task TheDatabaseIsInTheWorkingDirectoryAndTheIdeHasTelemetryOff()
    {
        Assert.True(File.Exists(Path.Combine(Server.Folder, "data", "solidaritygraph.db")), "no data/solidaritygraph.db in the working directory");

        using var client = new HttpClient { BaseAddress = Server.BaseAddress };
        var config = await client.GetStringAsync("/graphql/bcp-config.json");
        Assert.Contains("\"disableTelemetry\":true", config, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAssetThePagesLinkAnswers200WithItsContentType()
    {
        using var client = await SignedInClientAsync();
        var assets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            var document = await GetDocumentAsync(client, page);
            var linked = document.QuerySelectorAll("link[href]").Select(e => e.GetAttribute("href"))
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")));
            foreach (var href in linked.OfType<string>())
            {
                assets.Add(href);
            }

            if (page == "/")
            {
                await AssertStartPageLinksAnswerAsync(client, document);
            }
        }

        output.WriteLine("assets: " + string.Join(", ", assets));
        Assert.Contains(assets, a => a.StartsWith("/admin.css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.Equal(ContentTypeOf(asset), response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Content.Headers.ContentLength is null or > 0, $"{asset} is empty");
        }
    }

    [Fact]
    public async Task TheAdminDashboardIsStyledInABrowser()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var context = await browser.NewContextAsync(Server.BaseAddress.ToString());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("rgb(247, 248, 251)", await ComputedAsync(page, "body", "backgroundColor"));
        await page.ScreenshotAsync(new() { Path = Screenshot("production-start-page.png"), FullPage = true });

        await page.GotoAsync("/admin");
        await page.GetByLabel("E-mail").FillAsync(ReadmeServer.AdminEmail);
        await page.GetByLabel("Password").FillAsync(ReadmeServer.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Dashboard" }).WaitForAsync();

        // admin.css: --bg #f7f8fb on the body, system-ui type, chart bars in --accent #0b5cad (without it SVG fills black).
        Assert.Equal("rgb(247, 248, 251)", await ComputedAsync(page, "body", "backgroundColor"));
        Assert.Contains("system-ui", await ComputedAsync(page, "body", "fontFamily"), StringComparison.Ordinal);
        Assert.Equal("rgb(11, 92, 173)", await ComputedAsync(page, ".chart rect", "fill"));
        Assert.Equal("rgb(255, 255, 255)", await ComputedAsync(page, ".chart", "backgroundColor"));
        await page.ScreenshotAsync(new() { Path = Screenshot("production-admin-dashboard.png"), FullPage = true });
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Server.BaseAddress,
        };
        var login = await GetDocumentAsync(client, "/admin/account/login");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
        using var response = await client.PostAsync("/admin/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = ReadmeServer.AdminEmail,
            ["Input.Password"] = ReadmeServer.AdminPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The start page links the IDE, the API, the schema, the admin and the health endpoint, and each answers.</summary>
    private static async Task AssertStartPageLinksAnswerAsync(HttpClient client, IHtmlDocument start)
    {
        var links = start.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/graphql/", "/graphql", "/graphql/schema.graphql", "/admin", "/health"], links);
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link);
            Assert.True(response.StatusCode != HttpStatusCode.NotFound && (int)response.StatusCode < 500, $"{link}: {(int)response.StatusCode}");
        }
    }

    private static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string ContentTypeOf(string asset) => Path.GetExtension(new Uri("http://x" + asset).AbsolutePath) switch
    {
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        var other => throw new Xunit.Sdk.XunitException($"no expected content type for {asset} ({other}); add it here"),
    };

    private static Task<string> ComputedAsync(IPage page, string selector, string property) =>
        page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{selector}')).{property}");

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
