using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Infrastructure;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>
/// Relations by name: every list and detail page of the seeded graph names records instead of showing their keys.
/// Keys may appear only in attributes (URLs) and in the GraphQL ID / key display of a detail page.
/// </summary>
public sealed partial class RecordNamesTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NoListOrDetailPageOfTheSeedShowsABareKey()
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Admin);
        var (slugs, ids, ownLists) = await _host.WithDbAsync(async db =>
        {
            var kinds = EntityCatalog.Kinds(db);
            var all = new List<string>();
            foreach (var kind in kinds)
            {
                all.AddRange((await EntityCatalog.AllAsync(db, kind)).Select(e => e.Id));
            }

            return (kinds.Select(k => k.Slug).ToList(), all, kinds.Select(k => k.ListUrl).Distinct().ToList());
        });
        var lists = new[] { "/admin", "/admin/projects", "/admin/organisations", "/admin/sources", "/admin/browse" }
            .Concat(slugs.Select(s => $"/admin/browse/{s}")).Concat(ownLists).Distinct();

        var offences = new List<string>();
        var pages = 0;
        foreach (var list in lists)
        {
            // Every page of a paged list.
            for (var url = list; url is not null; pages++)
            {
                var page = await AdminHost.GetDocumentAsync(admin, url);
                offences.AddRange(BareKeys(page).Select(k => $"{url}: {k}"));
                url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            }
        }

        foreach (var id in ids)
        {
            var go = await admin.GetAsync($"/admin/go/{id}");
            Assert.Equal(HttpStatusCode.Redirect, go.StatusCode);
            var url = go.Headers.Location!.OriginalString;
            offences.AddRange(BareKeys(await AdminHost.GetDocumentAsync(admin, url)).Select(k => $"{url}: {k}"));
            pages++;
        }

        Assert.True(offences.Count == 0, string.Join('\n', offences));
        Assert.True(pages > ids.Count + slugs.Count, $"only {pages} pages scanned");
        Assert.True(ids.Count > 200, $"the seed has {ids.Count} records");
    }

    [Fact]
    public async Task AFundingIsListedAndShownAsFunderToRecipientWithItsAmount()
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Steward);
        var funding = await _host.WithDbAsync(db => db.Fundings.Where(f => f.Amount != null).OrderBy(f => f.Id).FirstAsync());
        var funder = await _host.WithDbAsync(db => db.Organisations.Where(o => o.Id == funding.FunderId).Select(o => o.Name).SingleAsync());

        var list = await AdminHost.GetDocumentAsync(admin, "/admin/browse/funding");
        var details = await AdminHost.GetDocumentAsync(admin, $"/admin/browse/funding/{funding.Id}");

        var title = list.QuerySelectorAll("main tbody td a").Select(a => a.TextContent).Single(t => t.StartsWith(funder, StringComparison.Ordinal));
        Assert.True(Regex.IsMatch(title, $"^{Regex.Escape(funder)} → .+, [0-9,.]+ [A-Z]{{3}}$"), title);
        Assert.Equal($"Funding: {title}", details.QuerySelector("h1")!.TextContent);
        var funderLink = details.QuerySelectorAll("dl.fields dt").Single(dt => dt.TextContent == "FunderId").NextElementSibling!.QuerySelector("a")!;
        Assert.Equal((funder, "/admin/organisations/details/" + funding.FunderId), (funderLink.TextContent, funderLink.GetAttribute("href")));
        Assert.Contains("setec Foundation → Mano a Mano Peru, 16,322 EUR", list.QuerySelectorAll("main tbody td a").Select(a => a.TextContent));
    }

    [GeneratedRegex(@"\b[0-9A-HJKMNP-TV-Z]{26}\b")]
    private static partial Regex Ulid();

    // Text outside the key display; attributes are not text, so URLs never count.
    private static IEnumerable<string> BareKeys(IHtmlDocument page) => page.Body!.Descendants<IText>()
        .Where(t => t.ParentElement?.Closest(".record-key, .graphql-id") is null)
        .SelectMany(t => Ulid().Matches(t.Data).Select(m => $"{m.Value} in <{t.ParentElement?.LocalName}> «{t.Data.Trim()}»"));
}
