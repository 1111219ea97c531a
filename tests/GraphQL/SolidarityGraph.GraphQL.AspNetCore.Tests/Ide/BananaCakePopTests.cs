using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Ide;

/// <summary>Banana Cake Pop serving (PARITY.md §12.4): redirect, index, assets, configuration, licence.</summary>
public sealed class BananaCakePopTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData("graphql", "/graphql/")]
    [InlineData("graphql?tab=1&x=%20y", "/graphql/?tab=1&x=%20y")]
    public async Task BrowserNavigationRedirectsToTheIdeKeepingTheQueryString(string path, string location)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        var response = await Client.SendAsync(request);
        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task GraphQLGetWithoutHtmlAcceptIsNotRedirected()
    {
        var response = await fixture.Server.GetAsync("application/json, text/html", ("query", "{ hello }"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("Hello, world!", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task IndexHtmlIsServedAtTheTrailingSlash()
    {
        var response = await Client.GetAsync("graphql/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\"></div>", html);
        Assert.Matches("src=\"[^\"]*static/js/main\\.[0-9a-f]+\\.js\"", html);
    }

    [Fact]
    public async Task JavaScriptIsServedWithAJavaScriptMimeType()
    {
        var html = await Client.GetStringAsync("graphql/");
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"\\.?/?(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;
        var response = await Client.GetAsync("graphql/" + script);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());

        var worker = await Client.GetAsync("graphql/service-worker.js");
        Assert.Contains("javascript", worker.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ConfigurationIsExactlyTheDecidedDocument()
    {
        var response = await Client.GetAsync("graphql/bcp-config.json");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Snapshot.Match(body);
        Assert.Equal(
            "{\"title\":\"SolidarityGraph\",\"useBrowserUrlAsEndpoint\":true,\"endpoint\":null,\"graphQLDocument\":null,"
            + "\"includeCookies\":null,\"httpHeaders\":null,\"useGet\":null,\"gaTrackingId\":null,\"disableTelemetry\":true}",
            body);
    }

    [Fact]
    public async Task LicenceIsServedWithTheFiles()
    {
        var licence = await Client.GetStringAsync("graphql/LICENSE");
        Assert.Contains("ChilliCream", licence);
    }

    [Theory]
    [InlineData("graphql/missing.js")]
    [InlineData("graphql/../SolidarityGraph.GraphQL.AspNetCore.dll")]
    [InlineData("graphql/%2e%2e/SolidarityGraph.GraphQL.AspNetCore.dll")]
    public async Task UnknownOrEscapingPathsAre404(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task IdeIsOffOutsideDevelopmentUnlessEnabled()
    {
        await using var production = await GraphQLTestServer.StartAsync(environment: "Production");
        Assert.Equal(404, (int)(await production.Client.GetAsync("graphql/bcp-config.json")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        Assert.NotEqual(301, (int)(await production.Client.SendAsync(request)).StatusCode);

        await using var development = await GraphQLTestServer.StartAsync(environment: "Development");
        Assert.Equal(200, (int)(await development.Client.GetAsync("graphql/bcp-config.json")).StatusCode);
    }
}
