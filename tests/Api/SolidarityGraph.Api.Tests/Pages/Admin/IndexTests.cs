using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>The dashboard charts the seeded data (DOMAIN.md §5): numbers are read back from the SVG and the table.</summary>
public sealed class IndexTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DashboardChartsTheSeededData()
    {
        var page = await AdminHost.GetDocumentAsync(await _host.SignedInClientAsync(AdminRoles.Steward), "/admin");

        string Cell(string chart, string label) => page.QuerySelectorAll($"#{chart} tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == label).QuerySelector("td")!.TextContent;
        string Bar(string chart, string label) => page.QuerySelectorAll($"#{chart} svg g.bar")
            .Single(g => g.GetAttribute("data-label") == label).GetAttribute("data-value")!;

        // F3 (§5.6): setec → Mano a Mano, 16,322 EUR; F1 and F2 have unknown amounts and are listed, never charted as 0.
        Assert.Equal("16,322 EUR", Cell("funding-by-funder", "setec Foundation"));
        Assert.Equal("16322", Bar("funding-by-funder", "setec Foundation"));
        Assert.Single(page.QuerySelectorAll("#funding-by-funder tbody tr"));
        Assert.Contains("Generalitat Valenciana", page.QuerySelector("#funding-by-funder .note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("16,322 EUR", Cell("funding-by-currency", "EUR"));

        // §5.5: I1 «About 303 women» (APPROX), I4 111 officials, I5 «more than 20,573» (GT) on P1.
        var people = page.QuerySelectorAll("#people-per-project tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Contains(people, p => p.Key.StartsWith("women trained · Contributing to the economic autonomy", StringComparison.Ordinal) && p.Value == "≥ 303");
        Assert.Contains(people, p => p.Key.StartsWith("officials trained · Contributing to the economic autonomy", StringComparison.Ordinal) && p.Value == "111");
        Assert.Contains(people, p => p.Key.StartsWith("people reached · Contributing to the economic autonomy", StringComparison.Ordinal) && p.Value == "≥ 20,573");

        // §5.8 curated SDG goals: goal 5 on P1, P2, P3 and P6; goal 8 on P1, P2, P5, P6 and P7.
        Assert.Equal("4", Cell("projects-per-sdg", "SDG 5 Gender equality"));
        Assert.Equal("5", Cell("projects-per-sdg", "SDG 8 Decent work and economic growth"));
        Assert.Equal("5", Bar("projects-per-sdg", "SDG 8 Decent work and economic growth"));
        Assert.NotEmpty(page.QuerySelectorAll("#projects-per-country tbody tr"));
        Assert.All(page.QuerySelectorAll("figure.chart svg"), svg => Assert.Equal("img", svg.GetAttribute("role")));
    }
}
