using System.Net;
using System.Text;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Organisations;

/// <summary>The organisations list: its CSV is the list as searched and sorted, row for row.</summary>
public sealed class IndexTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/admin/organisations")]
    [InlineData("/admin/organisations?sort=country&desc=true")]
    [InlineData("/admin/organisations?q=co&sort=kind")]
    public async Task TheCsvHoldsTheRowsShownOnEveryPageInTheirOrder(string list)
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var shown = new List<string[]>();
        string? csvUrl = null;
        for (var url = list; url is not null;)
        {
            var page = await AdminHost.GetDocumentAsync(steward, url);
            csvUrl ??= page.QuerySelector("a#csv")!.GetAttribute("href");
            shown.AddRange(page.QuerySelectorAll("main tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        var response = await steward.GetAsync(csvUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/csv", "organisations.csv"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentDisposition!.FileName));
        var rows = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Name", "Acronym", "Kind", "Country", "Updated"], rows[0]);
        var asShown = rows.Skip(1).Select(r => new[] { r[1].Length == 0 ? r[0] : $"{r[0]} ({r[1]})", r[2], r[3].Length == 0 ? "—" : r[3], r[4] }).ToList();
        Assert.True(shown.Count > 0);
        Assert.Equal(shown, asShown);
    }

    // RFC 4180 as the export writes it: quoted cells may hold commas, doubled quotes and line breaks.
    private static List<string[]> Parse(string text)
    {
        var (rows, row, cell, quoted) = (new List<string[]>(), new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); i++; }
            else { cell.Append(c); }
        }

        return rows;
    }
}
