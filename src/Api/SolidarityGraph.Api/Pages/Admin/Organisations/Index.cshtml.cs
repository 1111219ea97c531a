using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>Organisations, filtered by kind and country; the table shows the acronym with the name, the CSV in its own column.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Organisation>(db)
{
    protected override string Noun => "organisations";

    protected override string CreateText => "New organisation";

    protected override IReadOnlyList<ListColumn<Organisation>> Columns(RecordNames names) =>
    [
        new("name", "Name", o => o.Name) { Url = o => names.UrlOf(o.Id), Shown = o => o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})" },
        new("acronym", "Acronym", o => o.Acronym) { InTable = false },
        new("kind", "Kind", o => o.Kind.ToString()),
        new("country", "Country", o => o.CountryCode),
        ListFormats.UpdatedColumn<Organisation>(),
    ];

    protected override IReadOnlyList<ListFilter<Organisation>> Filters(RecordNames names, IReadOnlyList<Organisation> rows) =>
    [
        ListFilter<Organisation>.Of<OrganisationKind>("kind", "Kind", o => o.Kind),
        ListFilter<Organisation>.Among("country", "Country", rows, o => [o.CountryCode]),
    ];
}
