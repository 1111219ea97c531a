using Microsoft.Playwright;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using SolidarityGraph.Testing;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// Banana Cake Pop in a real browser (Debian Chromium driven by Playwright): it loads from <c>/graphql/</c>, reads
/// <c>bcp-config.json</c>, introspects the schema, runs the configured document and shows the result, and with the
/// default options (telemetry off) it sends no request to any host other than the server.
/// </summary>
public sealed class BananaCakePopBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Document = "query Greeting { hello(name: \"Banana Cake Pop\") }";

    [Fact]
    public async Task IdeIntrospectsTheSchemaAndRunsAQueryWithoutRequestsOffTheMachine()
    {
        if (!browser.Require(output))
        {
            return;
        }

        await using var server = await GraphQLTestServer.StartAsync(options =>
        {
            options.Ide.Enable = true;
            options.Ide.Document = Document;
        });
        var context = await browser.NewContextAsync(configure: options =>
        {
            // BCP's editor needs the wider window, and its first start is slow on a busy machine.
            options.ViewportSize = new ViewportSize { Width = 1400, Height = 900 };
            options.Timeout = 60_000;
            options.ServiceWorkers = ServiceWorkerPolicy.Block; // offline caching would only blur what the server served
        });
        // Nothing may leave the machine (telemetry is off by default): a request to any other host is recorded and aborted.
        var foreign = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await context.RouteAsync("**/*", route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" && url.Authority != server.BaseAddress.Authority)
            {
                foreign.Enqueue($"{route.Request.Method} {route.Request.Url}");
                return route.AbortAsync();
            }

            return route.ContinueAsync();
        });
        // A controllable clock: the IDE's telemetry starts on a timer (half a minute after load), fast-forwarded below.
        await context.Clock.InstallAsync();
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
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

        // Telemetry and update checks start on timers after the first render: run the page's clock ten minutes ahead,
        // then give any request they start a moment to reach the route.
        await page.Clock.RunForAsync((long)TimeSpan.FromMinutes(10).TotalMilliseconds);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.True(foreign.IsEmpty, "the IDE sent requests off the machine:\n" + string.Join("\n", foreign));

        var screenshot = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots", "bcp.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"screenshot: {screenshot}");
    }

    private static bool IsGraphQLPost(IResponse response) =>
        response.Request.Method == "POST"
        && response.Url.EndsWith("/graphql", StringComparison.Ordinal)
        && response.Request.PostData is not null;
}
