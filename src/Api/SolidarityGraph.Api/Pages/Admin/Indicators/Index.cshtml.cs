using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Indicators;

/// <summary>Indicators, filtered by measure, project and the kind of record they count.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Indicator>(db)
{
    protected override string Noun => "indicators";

    protected override string CreateText => "New indicator";

    protected override IReadOnlyList<ListColumn<Indicator>> Columns(RecordNames names) =>
    [
        new("title", "Title", i => i.Title) { Url = i => names.UrlOf(i.Id) },
        new("code", "Code", i => i.Code),
        new("measure", "Measure", i => i.Measure.ToString()),
        new("unit", "Unit", i => i.UnitLabel),
        ListFormats.Reference<Indicator>("result", "Result", names, i => i.ResultId),
        ListFormats.Reference<Indicator>("project", "Project", names, i => ProjectOf(names, i)),
        ListFormats.Reference<Indicator>("subject", "Counts", names, i => i.Subject?.Id),
        ListFormats.UpdatedColumn<Indicator>(),
    ];

    protected override IReadOnlyList<ListFilter<Indicator>> Filters(RecordNames names, IReadOnlyList<Indicator> rows) =>
    [
        ListFilter<Indicator>.Of<IndicatorMeasure>("measure", "Measure", i => i.Measure),
        ListFilter<Indicator>.Among("project", "Project", rows, i => [ProjectOf(names, i) is { } p ? names.Of(p) : null]),
        ListFilter<Indicator>.Among("counts", "Counts a", rows, i => [i.Subject?.Kind.ToString()]),
    ];

    private static string? ProjectOf(RecordNames names, Indicator indicator) => (names.Find(indicator.ResultId)?.Entity as Result)?.ProjectId;
}
