using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Testing;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>
/// axe-core in headless Chromium on every admin page: the pages are found by following the admin's own links from the
/// dashboard (navigation, lists, a record of each type, its create, edit, delete and history pages), so pages added
/// later are checked too, plus the pages reached through forms (global search, the citation picker with a source open).
/// </summary>
public sealed partial class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    // Dashboard → lists → a record or a form → its edit, delete and history pages → (browse) edit of a browsed record.
    private const int MaxDepth = 4;

    private LiveAdmin _admin = null!;

    public Task InitializeAsync()
    {
        _admin = LiveAdmin.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _admin.DisposeAsync();

    [Fact]
    public async Task EveryAdminPageHasNoSeriousOrCriticalViolations()
    {
        if (!browser.Require(output) || !Prerequisite.Require(AxeCore.Unavailable() is null, $"axe-core cannot be installed: {AxeCore.Unavailable()}", output))
        {
            return;
        }

        var sourceId = await _admin.ArchiveSourceAsync("Accessibility report", "Mano a Mano trained 40 weavers.\nThe looms were bought in 2024.");
        var projectId = await _admin.Host.WithDbAsync(db => db.Projects.Select(p => p.Id).FirstAsync());
        var page = await _admin.SignInAsync(await browser.NewContextAsync(_admin.BaseUrl), AdminRoles.Admin);

        var checkedPages = new List<string>();
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, int Depth)>([("/admin", 0)]);
        foreach (var extra in new[]
                 {
                     "/admin/search?q=Mano", $"/admin/citations/new?subject={projectId}&field=objectives&source=Accessibility%20report&find=looms",
                 })
        {
            queue.Enqueue((extra, MaxDepth));
        }

        while (queue.TryDequeue(out var next))
        {
            if (!seen.Add(Template(next.Url)))
            {
                continue;
            }

            var response = await page.GotoAsync(next.Url);
            if (response is not { Ok: true } || !new Uri(page.Url).AbsolutePath.StartsWith("/admin", StringComparison.Ordinal))
            {
                failures.Add($"{next.Url}: HTTP {response?.Status}");
                continue;
            }

            checkedPages.Add(next.Url);
            failures.AddRange((await AxeCore.CheckAsync(page)).Where(v => v.Impact is "serious" or "critical").Select(v => $"{next.Url}: {v}"));
            if (next.Depth < MaxDepth)
            {
                foreach (var link in await LinksAsync(page))
                {
                    queue.Enqueue((link, next.Depth + 1));
                }
            }
        }

        // The harness itself: a page broken on purpose (an unlabelled field) must be reported, or an empty list proves nothing.
        await page.GotoAsync("/admin");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text id=unlabelled>')");
        Assert.Contains(await AxeCore.CheckAsync(page), v => v.Id == "label" && v.Impact == "critical" && v.Targets.Contains("#unlabelled"));

        output.WriteLine($"axe-core checked {checkedPages.Count} admin pages:");
        checkedPages.ForEach(output.WriteLine);
        Assert.Empty(failures);
        foreach (var expected in new[]
                 {
                     "/admin/projects/create", "/admin/projects/edit/{id}", "/admin/organisations/edit/{id}", "/admin/sources/create",
                     "/admin/sources/edit/{id}", "/admin/users", "/admin/browse/place/{id}", "/admin/fundings/create", "/admin/citations/new",
                     "/admin/places", "/admin/fundings", "/admin/participations",
                 })
        {
            Assert.Contains(expected, checkedPages.Select(Template));
        }
    }

    // Links to admin pages the crawl should visit: not sign-out, downloads or bulk actions; one page per template.
    private static async Task<IEnumerable<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("header nav a[href], main a[href]", "links => links.map(a => a.getAttribute('href'))");
        return hrefs.Where(h => h.StartsWith("/admin", StringComparison.Ordinal)
            && !h.Contains("handler=", StringComparison.OrdinalIgnoreCase)
            && !h.StartsWith("/admin/account", StringComparison.Ordinal)
            && !h.StartsWith("/admin/go/", StringComparison.Ordinal));
    }

    // A page's shape: keys become {id} and the query is dropped, so a list's sort orders and pages, or a second record of
    // a type, are not checked again; delete and history pages look alike for every type, so one of each is enough.
    private static string Template(string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        path = Key().Replace(path, "{id}");
        return Shared().Match(path) is { Success: true } shared ? shared.Value : path;
    }

    [GeneratedRegex("(?<=/)[0-9A-HJKMNP-TV-Z]{26}(?=/|$)")]
    private static partial Regex Key();

    [GeneratedRegex("^/admin/(delete|history)")]
    private static partial Regex Shared();
}
