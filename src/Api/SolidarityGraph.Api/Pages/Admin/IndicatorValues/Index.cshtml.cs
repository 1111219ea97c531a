using System.Globalization;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.IndicatorValues;

/// <summary>Indicator values, filtered by indicator, kind and place; each is recorded from its project's page.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<IndicatorValue>(db)
{
    protected override string Noun => "indicator values";

    protected override string? CreateText => null;

    protected override string CreateElsewhere => "A value is recorded for an indicator from its project's page, with the citation picker.";

    protected override IReadOnlyList<ListColumn<IndicatorValue>> Columns(RecordNames names) =>
    [
        new("indicator", "Indicator", v => names.Of(v.IndicatorId)) { Url = v => names.UrlOf(v.Id) },
        new("kind", "Kind", v => v.Kind.ToString()),
        new("value", "Value", v => v.Value.ToString("#,0.####", CultureInfo.InvariantCulture)) { SortBy = v => v.Value },
        new("comparator", "Comparator", v => v.Comparator.ToString()),
        new("start", "Period start", v => v.PeriodStart?.ToString()) { SortBy = v => v.PeriodStart?.Start },
        new("end", "Period end", v => v.PeriodEnd?.ToString()) { SortBy = v => v.PeriodEnd?.Start },
        new("asof", "As of", v => v.AsOf?.ToString()) { SortBy = v => v.AsOf?.Start },
        ListFormats.Reference<IndicatorValue>("place", "Place", names, v => v.PlaceId),
        new("comment", "Comment", v => v.Comment) { InTable = false },
        ListFormats.UpdatedColumn<IndicatorValue>(),
    ];

    protected override IReadOnlyList<ListFilter<IndicatorValue>> Filters(RecordNames names, IReadOnlyList<IndicatorValue> rows) =>
    [
        ListFilter<IndicatorValue>.Among("indicator", "Indicator", rows, v => [names.Of(v.IndicatorId)]),
        ListFilter<IndicatorValue>.Of<IndicatorValueKind>("kind", "Kind", v => v.Kind),
        ListFilter<IndicatorValue>.Among("place", "Place", rows, v => [v.PlaceId is null ? null : names.Of(v.PlaceId)]),
    ];
}
