using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Campaigns;

/// <summary>Campaigns, filtered by project and by the kind of material they produced.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Campaign>(db)
{
    protected override string Noun => "campaigns";

    protected override string CreateText => "New campaign";

    protected override IReadOnlyList<ListColumn<Campaign>> Columns(RecordNames names) =>
    [
        new("name", "Name", c => c.Name) { Url = c => names.UrlOf(c.Id) },
        new("original", "Original name", c => c.NameOriginal),
        ListFormats.Reference<Campaign>("project", "Project", names, c => c.ProjectId),
        ListFormats.Reference<Campaign>("launch", "Launch event", names, c => c.LaunchEventId),
        new("materials", "Materials", c => string.Join("; ", c.Materials.Select(m => m.Title is null ? m.Type.ToString() : $"{m.Type}: {m.Title}"))),
        ListFormats.UpdatedColumn<Campaign>(),
    ];

    protected override IReadOnlyList<ListFilter<Campaign>> Filters(RecordNames names, IReadOnlyList<Campaign> rows) =>
    [
        ListFilter<Campaign>.Among("project", "Project", rows, c => [names.Of(c.ProjectId)]),
        new("material", "Material", Enum.GetNames<MaterialType>(), (c, chosen) => c.Materials.Any(m => m.Type.ToString() == chosen)),
    ];
}
