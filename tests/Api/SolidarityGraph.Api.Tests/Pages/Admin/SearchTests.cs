using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>Global search: a form on every admin page, the same matches as the API's <c>search</c>, named and grouped by type.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();
    private HttpClient _steward = null!;

    public async Task InitializeAsync() => _steward = await _host.SignedInClientAsync(AdminRoles.Steward);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EveryPageHasTheSearchFormAndItFindsWhatTheApiSearchFinds()
    {
        foreach (var url in new[] { "/admin", "/admin/projects", "/admin/browse/place", "/admin/places/create" })
        {
            var form = (await AdminHost.GetDocumentAsync(_steward, url)).QuerySelector("header form[role=search]")!;
            Assert.Equal(("/admin/search", "q"), (form.GetAttribute("action"), form.QuerySelector("input[type=search]")!.GetAttribute("name")));
        }

        var page = await AdminHost.GetDocumentAsync(_steward, "/admin/search?q=mano");

        var shown = page.QuerySelectorAll("main section li a").Select(a => a.GetAttribute("href")!.Split('/').Last()).Order().ToList();
        using var anonymous = _host.CreateClient();
        var api = await anonymous.PostAsJsonAsync("/graphql", new { query = "{ search(text: \"mano\", first: 50) { id } }" });
        var found = JsonNode.Parse(await api.Content.ReadAsStringAsync())!["data"]!["search"]!.AsArray()
            .Select(n => GlobalId.TryDecode(n!["id"]!.GetValue<string>(), null, out _, out var key) is null ? key! : "?").Order().ToList();
        Assert.NotEmpty(found);
        Assert.Equal(found, shown);
        Assert.Contains("Mano a Mano Peru", page.QuerySelectorAll("main section li a").Select(a => a.TextContent));
        Assert.Equal($"{found.Count} match(es) for «mano».", page.QuerySelector("#search-summary")!.TextContent);
        Assert.Equal("mano", page.QuerySelector("header input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TooLongATextIsRefusedWithTheLimit()
    {
        var page = await AdminHost.GetDocumentAsync(_steward, "/admin/search?q=" + new string('a', RecordSearch.MaxTextLength + 1));

        Assert.Equal($"Search for at most {RecordSearch.MaxTextLength} characters; this text has {RecordSearch.MaxTextLength + 1}.", page.QuerySelector("#search-problem")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main section"));
    }
}
