using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Records;

/// <summary>What a steward does in the admin with a browser, as steps the record tests share.</summary>
internal sealed class BrowserSteward(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Signs in a new steward in a new browser.</summary>
    public static async Task<BrowserSteward> SignInAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AdminHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return new BrowserSteward(page);
    }

    /// <summary>Fills the field labelled <paramref name="label"/>: picks an option by its text, ticks a box ("true"), or types.</summary>
    public async Task FillAsync(string label, string value)
    {
        var field = Page.GetByLabel(label, new() { Exact = true });
        switch (await field.EvaluateAsync<string>("e => e.tagName === 'INPUT' ? 'INPUT:' + e.type : e.tagName"))
        {
            case "SELECT": await field.SelectOptionAsync(new SelectOptionValue { Label = value }); break;
            case "INPUT:checkbox": await field.SetCheckedAsync(value == "true"); break;
            default: await field.FillAsync(value); break;
        }
    }

    /// <summary>Fills each field in order.</summary>
    public async Task FillAsync(IEnumerable<(string Label, string Value)> fields)
    {
        foreach (var (label, value) in fields)
        {
            await FillAsync(label, value);
        }
    }

    /// <summary>The <paramref name="index"/>th name the autocomplete field labelled <paramref name="label"/> suggests (matching <paramref name="containing"/>).</summary>
    public async Task<string> SuggestionAsync(string label, int index = 0, string containing = "")
    {
        var suggestions = await Page.GetByLabel(label, new() { Exact = true }).EvaluateAsync<string[]>("i => [...i.list.options].map(o => o.value)");
        return suggestions.Where(s => s.Contains(containing, StringComparison.Ordinal)).ElementAt(index);
    }

    /// <summary>Opens the list, follows its "New …" link, fills the form and submits it; returns the new record's page.</summary>
    public async Task<string> CreateAsync(string list, string newLink, IEnumerable<(string Label, string Value)> fields, string button, string heading)
    {
        await Page.GotoAsync(list);
        await Page.GetByRole(AriaRole.Link, new() { Name = newLink, Exact = true }).ClickAsync();
        await FillAsync(fields);
        await Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await ExpectHeadingAsync(heading);
        return Page.Url;
    }

    /// <summary>Follows "Edit" on a record's page, changes the fields and saves.</summary>
    public async Task EditAsync(string recordUrl, IEnumerable<(string Label, string Value)> fields, string heading)
    {
        await Page.GotoAsync(recordUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await FillAsync(fields);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await ExpectHeadingAsync(heading);
    }

    /// <summary>The text of the link(s) a generic record page shows for its property <paramref name="property"/>.</summary>
    public async Task<IReadOnlyList<string>> LinksOfAsync(string property) =>
        await Page.Locator($"dt:text-is('{property}') + dd a").AllInnerTextsAsync();

    /// <summary>
    /// Opens the list, sets the filters in its form, filters, sorts by <paramref name="sortColumn"/> (twice: descending)
    /// and returns the table's rows as cell texts.
    /// </summary>
    public async Task<IReadOnlyList<string[]>> FilteredListAsync(string list, IEnumerable<(string Label, string Value)> filters, string sortColumn)
    {
        await Page.GotoAsync(list);
        await FillAsync(filters);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        var header = Page.Locator("thead th").Filter(new() { HasTextRegex = new Regex($@"^\s*{Regex.Escape(sortColumn)}( [▲▼])?\s*$") });
        // A header sorts ascending first, then descending; the list may already be sorted by it ascending.
        string[] clicks = await header.GetAttributeAsync("aria-sort") == "ascending" ? ["descending"] : ["ascending", "descending"];
        foreach (var order in clicks)
        {
            await header.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", order);
        }

        foreach (var (label, value) in filters)
        {
            // The filters survive the sort: they are part of every link.
            var field = Page.GetByLabel(label, new() { Exact = true });
            Assert.Equal(value, await field.EvaluateAsync<string>("e => e.tagName === 'SELECT' ? e.options[e.selectedIndex].text : e.value"));
        }

        var rows = new List<string[]>();
        foreach (var row in await Page.Locator("main tbody tr").AllAsync())
        {
            rows.Add((await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());
        }

        return rows;
    }

    /// <summary>The page of the record in the row of the list shown now whose first cell reads <paramref name="name"/>.</summary>
    public async Task<string> RecordUrlInListAsync(string name)
    {
        var link = Page.Locator("main tbody tr td:first-child a").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") });
        return new Uri(new Uri(Page.Url), await link.First.GetAttributeAsync("href")).AbsolutePath;
    }

    /// <summary>Asserts the rows are in descending order of the cell at <paramref name="column"/> (as the server compares texts).</summary>
    public static void AssertDescending(IReadOnlyList<string[]> rows, int column) =>
        Assert.Equal(rows.Select(r => r[column]).OrderDescending(StringComparer.CurrentCultureIgnoreCase), rows.Select(r => r[column]));

    /// <summary>Searches every record type from the header's search box; returns the names found under <paramref name="type"/>.</summary>
    public async Task<IReadOnlyList<string>> GlobalSearchAsync(string text, string type)
    {
        await Page.GotoAsync("/admin");
        await Page.GetByLabel("Search all records").FillAsync(text);
        await Page.GetByLabel("Search all records").PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#search-summary")).ToBeVisibleAsync();
        return await Page.Locator($"section:has(h2:text-is('{type}')) li a").AllInnerTextsAsync();
    }

    /// <summary>Deletes the record from its page, confirming once; returns the page shown afterwards.</summary>
    public async Task DeleteAsync(string recordUrl)
    {
        await Page.GotoAsync(recordUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("p.notice")).ToBeVisibleAsync();
    }

    /// <summary>Waits for the page's heading to read <paramref name="heading"/>.</summary>
    public async Task ExpectHeadingAsync(string heading) => await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(heading);

    /// <summary>Saves a full-page screenshot under <c>artifacts/screenshots/</c>.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
    }
}
