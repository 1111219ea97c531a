using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Events;

/// <summary>Events, filtered by kind, series, project and date range.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Event>(db)
{
    protected override string Noun => "events";

    protected override string CreateText => "New event";

    protected override IReadOnlyList<ListColumn<Event>> Columns(RecordNames names) =>
    [
        new("title", "Title", e => e.Title) { Url = e => names.UrlOf(e.Id) },
        new("kind", "Kind", e => e.Type.ToString()),
        new("start", "Start", e => e.Start?.ToString()) { SortBy = e => e.Start?.Start },
        new("end", "End", e => e.End?.ToString()) { SortBy = e => e.End?.Start },
        ListFormats.Reference<Event>("place", "Place", names, e => e.PlaceId),
        ListFormats.Reference<Event>("series", "Series", names, e => e.SeriesId),
        ListFormats.Reference<Event>("project", "Project", names, e => e.ProjectId),
        ListFormats.UpdatedColumn<Event>(),
    ];

    protected override IReadOnlyList<ListFilter<Event>> Filters(RecordNames names, IReadOnlyList<Event> rows) =>
    [
        ListFilter<Event>.Of<EventType>("kind", "Kind", e => e.Type),
        ListFilter<Event>.Among("series", "Series", rows, e => [e.SeriesId is null ? null : names.Of(e.SeriesId)]),
        ListFilter<Event>.Among("project", "Project", rows, e => [e.ProjectId is null ? null : names.Of(e.ProjectId)]),
        ListFormats.DateBound<Event>("from", "Starts on or after", e => e.Start, from: true),
        ListFormats.DateBound<Event>("to", "Starts on or before", e => e.Start, from: false),
    ];
}
