using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Persistence;
using Series = SolidarityGraph.Domain.Events.EventSeries;

namespace SolidarityGraph.Api.Pages.Admin.EventSeries;

/// <summary>Event series, filtered by organiser, with the number of events in each.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Series>(db)
{
    protected override string Noun => "event series";

    protected override string CreateText => "New event series";

    protected override IReadOnlyList<ListColumn<Series>> Columns(RecordNames names)
    {
        var events = names.All(typeof(Domain.Events.Event)).Select(e => ((Domain.Events.Event)e.Entity).SeriesId).OfType<string>()
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        return
        [
            new("title", "Title", s => s.Title) { Url = s => names.UrlOf(s.Id) },
            ListFormats.Reference<Series>("organiser", "Organiser", names, s => s.OrganiserId),
            new("events", "Events", s => events.GetValueOrDefault(s.Id).ToString(System.Globalization.CultureInfo.InvariantCulture)) { SortBy = s => events.GetValueOrDefault(s.Id) },
            ListFormats.UpdatedColumn<Series>(),
        ];
    }

    protected override IReadOnlyList<ListFilter<Series>> Filters(RecordNames names, IReadOnlyList<Series> rows) =>
        [ListFilter<Series>.Among("organiser", "Organiser", rows, s => [s.OrganiserId is null ? null : names.Of(s.OrganiserId)])];
}
