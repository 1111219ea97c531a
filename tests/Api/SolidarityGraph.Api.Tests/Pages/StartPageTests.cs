using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SolidarityGraph.Api.Tests.Pages;

/// <summary><c>GET /</c>: an anonymous start page linking the IDE, the API, the schema, the admin and the health endpoint.</summary>
public sealed class StartPageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task LinksEverySurfaceAndUsesTheStylesheet()
    {
        var page = await GetStartPageAsync(ideEnabled: true);

        Assert.Equal(
            ["/graphql/", "/graphql", "/graphql/schema.graphql", "/admin", "/health"],
            page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("/admin.css", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoesNotLinkTheIdeWhenItIsOff()
    {
        var page = await GetStartPageAsync(ideEnabled: false);

        Assert.DoesNotContain("/graphql/", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetStartPageAsync(bool ideEnabled)
    {
        using var factory = new ApiFactory(_database.ConnectionString).WithWebHostBuilder(
            builder => builder.UseSetting("GraphQL:Ide:Enable", ideEnabled ? "true" : "false"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
