using System.Globalization;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Sources;

/// <summary>Sources, searched by title or URL and filtered by publisher, language and whether their text is archived.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Source>(db)
{
    protected override string Noun => "sources";

    protected override string CreateText => "New source";

    protected override IReadOnlyList<ListColumn<Source>> Columns(RecordNames names) =>
    [
        new("title", "Title", s => s.Title) { Url = s => names.UrlOf(s.Id) },
        new("url", "URL", s => s.Url) { InTable = false },
        ListFormats.Reference<Source>("publisher", "Publisher", names, s => s.PublisherId),
        new("language", "Language", s => s.Language),
        new("published", "Published", s => s.PublishedAt?.ToString()) { SortBy = s => s.PublishedAt?.Start },
        new("archived", "Text archived", Archived),
        new("retrieved", "Retrieved", s => s.RetrievedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) { SortBy = s => s.RetrievedAt, Searchable = false },
        ListFormats.UpdatedColumn<Source>(),
    ];

    protected override IReadOnlyList<ListFilter<Source>> Filters(RecordNames names, IReadOnlyList<Source> rows) =>
    [
        ListFilter<Source>.Among("publisher", "Publisher", rows, s => [s.PublisherId is null ? null : names.Of(s.PublisherId)]),
        ListFilter<Source>.Among("language", "Language", rows, s => [s.Language]),
        new("archived", "Text archived", ["yes", "no"], (s, chosen) => Archived(s) == chosen),
    ];

    private static string Archived(Source source) => source.ArchivedText is null ? "no" : "yes";
}
