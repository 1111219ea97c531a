using Microsoft.Playwright;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// Banana Cake Pop in a real browser (Debian Chromium driven by Playwright): it loads from <c>/graphql/</c>, reads
/// <c>bcp-config.json</c>, introspects the schema, runs the configured document and shows the result.
/// </summary>
public sealed class BananaCakePopBrowserTests(ITestOutputHelper output)
{
    private const string Document = "query Greeting { hello(name: \"Banana Cake Pop\") }";

    private static readonly string[] ChromiumArgs =
    {
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    };

    [Fact]
    public async Task IdeIntrospectsTheSchemaAndRunsAQuery()
    {
        var missing = await ChromiumInstallation.EnsureAsync();
        if (!Prerequisite.Require(missing is null, missing ?? "", output))
        {
            return;
        }

        await using var server = await GraphQLTestServer.StartAsync(options =>
        {
            options.Ide.Enable = true;
            options.Ide.Document = Document;
        });
        var profile = Directory.CreateTempSubdirectory("sg-chromium-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumInstallation.ExecutablePath,
                Headless = true,
                Args = ChromiumArgs,
                ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
                Timeout = 60_000,
            });
            var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
            page.SetDefaultTimeout(60_000);
            page.Console += (_, message) => output.WriteLine($"console.{message.Type}: {message.Text}");

            // BCP introspects on load: wait for that POST and require it to succeed.
            var introspection = await page.RunAndWaitForResponseAsync(
                () => page.GotoAsync(new Uri(server.BaseAddress, "graphql/").ToString()),
                response => response.Url.EndsWith("/graphql", StringComparison.Ordinal)
                    && response.Request.Method == "POST"
                    && (response.Request.PostData?.Contains("__schema", StringComparison.Ordinal) ?? false));
            Assert.Equal(200, introspection.Status);
            Assert.Contains("\"queryType\"", await introspection.TextAsync());

            await RunDocumentAsync(page, server);

            var screenshot = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots", "bcp.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
            output.WriteLine($"screenshot: {screenshot}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private async Task RunDocumentAsync(IPage page, GraphQLTestServer server)
    {
        await Explore(page, "loaded");
    }

    private async Task Explore(IPage page, string stage)
    {
        var dir = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        await page.WaitForTimeoutAsync(3000);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, $"explore-{stage}.png") });
        output.WriteLine((await page.InnerTextAsync("body"))[..Math.Min(3000, (await page.InnerTextAsync("body")).Length)]);
        var buttons = await page.Locator("button").AllAsync();
        foreach (var b in buttons)
        {
            output.WriteLine($"button: title={await b.GetAttributeAsync("title")} aria={await b.GetAttributeAsync("aria-label")} text={(await b.InnerTextAsync()).Replace('\n', ' ')} data-testid={await b.GetAttributeAsync("data-testid")}");
        }
    }
}
