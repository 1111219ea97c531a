using System.Globalization;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Api.Pages.Admin.Places;

/// <summary>Places, filtered by type, country and the place they lie in.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Place>(db)
{
    protected override string Noun => "places";

    protected override string CreateText => "New place";

    protected override IReadOnlyList<ListColumn<Place>> Columns(RecordNames names) =>
    [
        new("name", "Name", p => p.Name) { Url = p => names.UrlOf(p.Id) },
        new("type", "Type", p => p.Type.ToString()),
        new("country", "Country", p => p.CountryCode),
        ListFormats.Reference<Place>("parent", "Part of", names, p => p.ParentId),
        new("population", "Population", p => p.Population?.ToString("#,0", CultureInfo.InvariantCulture)) { SortBy = p => p.Population },
        ListFormats.UpdatedColumn<Place>(),
    ];

    protected override IReadOnlyList<ListFilter<Place>> Filters(RecordNames names, IReadOnlyList<Place> rows) =>
    [
        ListFilter<Place>.Of<PlaceType>("type", "Type", p => p.Type),
        ListFilter<Place>.Among("country", "Country", rows, p => [p.CountryCode]),
        ListFilter<Place>.Among("parent", "Part of", rows, p => [p.ParentId is null ? null : names.Of(p.ParentId)]),
    ];
}
