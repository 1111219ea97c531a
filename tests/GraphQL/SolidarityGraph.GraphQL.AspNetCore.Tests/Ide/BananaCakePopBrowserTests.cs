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
                ServiceWorkers = ServiceWorkerPolicy.Block, // offline caching would only blur what the server served
            });
            var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
            page.SetDefaultTimeout(60_000);
            page.Console += (_, message) => output.WriteLine($"console.{message.Type}: {message.Text}");

            await page.GotoAsync(new Uri(server.BaseAddress, "graphql/").ToString());

            // A new document starts from bcp-config.json's graphQLDocument and makes BCP introspect the endpoint.
            var introspection = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).First.ClickAsync(),
                response => IsGraphQLPost(response) && response.Request.PostData!.Contains("__schema", StringComparison.Ordinal));
            Assert.Equal(200, introspection.Status);
            Assert.Contains("\"queryType\"", await introspection.TextAsync());
            await page.GetByText("Schema available").WaitForAsync();
            await page.GetByText("Greeting: Query").WaitForAsync();

            var run = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" }).ClickAsync(),
                response => IsGraphQLPost(response) && response.Request.PostData!.Contains("Greeting", StringComparison.Ordinal));
            Assert.Equal(200, run.Status);
            await page.GetByText("\"Hello, Banana Cake Pop!\"").WaitForAsync();

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

    private static bool IsGraphQLPost(IResponse response) =>
        response.Request.Method == "POST"
        && response.Url.EndsWith("/graphql", StringComparison.Ordinal)
        && response.Request.PostData is not null;
}
