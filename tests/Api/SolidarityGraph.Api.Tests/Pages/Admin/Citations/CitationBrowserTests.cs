using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Citations;

/// <summary>
/// The citation picker in headless Chromium against a live server: a quote selected with the mouse in the archived
/// text, a typed quote that is not in the text, and the same work with JavaScript turned off.
/// Screenshot: <c>artifacts/screenshots/admin-citation-picker.png</c>.
/// </summary>
public sealed class CitationBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Organisation = "setec Foundation";
    private const string Document = "Annual report 2024\n\nThe setec Foundation is a private foundation based in Switzerland. It funds craft cooperatives.\nIts board met four times.";

    private LiveAdmin _admin = null!;
    private string _organisationId = string.Empty;

    public async Task InitializeAsync()
    {
        _admin = LiveAdmin.Start();
        await _admin.ArchiveSourceAsync("setec annual report", Document);
        _organisationId = await _admin.Host.WithDbAsync(db => db.Organisations.Where(o => o.Name == Organisation).Select(o => o.Id).SingleAsync());
    }

    public async Task DisposeAsync() => await _admin.DisposeAsync();

    [Fact]
    public async Task AQuoteSelectedWithTheMouseInTheArchivedTextIsCitedAndReadableInGraphQL()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await _admin.SignInAsync(await browser.NewContextAsync(_admin.BaseUrl), AdminRoles.Steward);
        await OpenSourceFromTheOrganisationPageAsync(page);

        const string Quote = "a private foundation based in Switzerland";
        await SelectWithTheMouseAsync(page, Quote);
        Assert.Equal(Quote, await page.GetByLabel("Quote (or choose a sentence above)").InputValueAsync());
        var start = Document.IndexOf(Quote, StringComparison.Ordinal);
        Assert.Equal($"{start}", await page.Locator("#cite-start").InputValueAsync());
        Assert.Equal($"{start + Quote.Length}", await page.Locator("#cite-end").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = LiveAdmin.Screenshot("admin-citation-picker.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Save citation" }).ClickAsync();

        Assert.Contains($"/admin/organisations/details/{_organisationId}", page.Url, StringComparison.Ordinal);
        Assert.Contains($"«{Quote}» supports kind", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        var citation = await _admin.Host.WithDbAsync(db => db.Citations.SingleAsync(c => c.Subject.Id == _organisationId && c.Quote == Quote));
        Assert.Equal((start, start + Quote.Length), (citation.CharStart!.Value, citation.CharEnd!.Value));
        Assert.Contains(Quote, await CitedQuotesAsync());
    }

    [Fact]
    public async Task AQuoteNotInTheTextIsRefusedPointingToTheNearestPassageWhichCanThenBeChosen()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await _admin.SignInAsync(await browser.NewContextAsync(_admin.BaseUrl), AdminRoles.Steward);
        await OpenSourceFromTheOrganisationPageAsync(page);
        await page.GetByLabel("Quote (or choose a sentence above)").FillAsync("It funded crafts cooperatives");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save citation" }).ClickAsync();

        var message = await page.Locator("[data-valmsg-for='Input.Quote']").InnerTextAsync();
        Assert.StartsWith("The quote «It funded crafts cooperatives» does not occur in source «setec annual report». The nearest passage is «It funds craft cooperatives.»", message, StringComparison.Ordinal);
        Assert.True(await page.GetByLabel("Nearest passage: «It funds craft cooperatives.»").IsCheckedAsync());
        Assert.DoesNotContain("It funded crafts cooperatives", await CitedQuotesAsync());

        // Taking the offered passage instead: the typed quote is cleared so the chosen sentence is what is cited.
        await page.GetByLabel("Quote (or choose a sentence above)").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save citation" }).ClickAsync();
        Assert.Contains("It funds craft cooperatives.", await CitedQuotesAsync());
    }

    [Fact]
    public async Task WithoutJavaScriptTheStewardSearchesTheTextAndChoosesASentence()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var context = await browser.NewContextAsync(_admin.BaseUrl, options => options.JavaScriptEnabled = false);
        var page = await _admin.SignInAsync(context, AdminRoles.Steward);
        await OpenSourceFromTheOrganisationPageAsync(page);

        await page.GetByLabel("Search in the text").FillAsync("board");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find sentences" }).ClickAsync();
        await page.GetByLabel("«Its board met four times.»").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save citation" }).ClickAsync();

        Assert.Contains($"/admin/organisations/details/{_organisationId}", page.Url, StringComparison.Ordinal);
        Assert.Contains("Its board met four times.", await CitedQuotesAsync());
        var start = Document.IndexOf("Its board", StringComparison.Ordinal);
        var citation = await _admin.Host.WithDbAsync(db => db.Citations.SingleAsync(c => c.Quote == "Its board met four times."));
        Assert.Equal(start, citation.CharStart);
    }

    private async Task OpenSourceFromTheOrganisationPageAsync(IPage page)
    {
        await page.GotoAsync($"/admin/organisations/details/{_organisationId}");
        await page.GetByLabel("Field the quote supports").SelectOptionAsync("kind");
        await page.GetByLabel("Source", new() { Exact = true }).FillAsync("setec annual report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open source" }).ClickAsync();
        Assert.Equal(Document, await page.Locator("#cite-text").TextContentAsync());
    }

    // Drags the mouse from the first to the last character of the quote, as a steward selects text.
    private static async Task SelectWithTheMouseAsync(IPage page, string quote)
    {
        var box = await page.EvaluateAsync<double[]>("""
            quote => {
                const node = document.getElementById('cite-text').firstChild;
                const start = node.textContent.indexOf(quote);
                const rect = (from, to) => { const r = document.createRange(); r.setStart(node, from); r.setEnd(node, to); return r.getBoundingClientRect(); };
                const first = rect(start, start + 1), last = rect(start + quote.length - 1, start + quote.length);
                return [first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2];
            }
            """, quote);
        await page.Mouse.MoveAsync((float)box[0], (float)box[1]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)box[2], (float)box[3], new() { Steps = 10 });
        await page.Mouse.UpAsync();
    }

    // What an anonymous caller of /graphql reads of the organisation's citations.
    private async Task<IReadOnlyList<string>> CitedQuotesAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_admin.BaseUrl) };
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "query($n: String!) { organisations(where: { name: { eq: $n } }) { nodes { citations { quote } } } }",
            variables = new { n = Organisation },
        });
        var body = await response.Content.ReadAsStringAsync();
        var node = JsonNode.Parse(body)!["data"]?["organisations"]?["nodes"]?[0] ?? throw new InvalidOperationException(body);
        return node["citations"]!.AsArray().Select(c => c!["quote"]!.GetValue<string>()).ToList();
    }
}
