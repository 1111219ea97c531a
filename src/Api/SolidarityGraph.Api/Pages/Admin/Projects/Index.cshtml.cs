using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Projects;

/// <summary>Projects, filtered by status, kind, country, place and funder.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Project>(db)
{
    private ILookup<string, string> _placesByProject = null!;
    private ILookup<string, string> _fundersByProject = null!;

    protected override string Noun => "projects";

    protected override string CreateText => "New project";

    protected override IReadOnlyList<ListColumn<Project>> Columns(RecordNames names)
    {
        _placesByProject = names.All(typeof(ProjectLocation)).Select(l => (ProjectLocation)l.Entity).ToLookup(l => l.ProjectId, l => l.PlaceId);
        _fundersByProject = names.All(typeof(Funding)).Select(f => (Funding)f.Entity).Where(f => f.ProjectId is not null)
            .ToLookup(f => f.ProjectId!, f => f.FunderId);
        return
        [
            new("title", "Title", p => p.Title) { Url = p => names.UrlOf(p.Id) },
            new("kind", "Kind", p => p.Kind.ToString()),
            new("status", "Status", p => p.Status?.ToString()),
            new("countries", "Countries", p => string.Join("; ", Countries(names, p))),
            new("funders", "Funders", p => string.Join("; ", Funders(names, p))),
            ListFormats.UpdatedColumn<Project>(),
        ];
    }

    protected override IReadOnlyList<ListFilter<Project>> Filters(RecordNames names, IReadOnlyList<Project> rows) =>
    [
        ListFilter<Project>.Of<ActivityStatus>("status", "Status", p => p.Status),
        ListFilter<Project>.Of<ProjectKind>("kind", "Kind", p => p.Kind),
        ListFilter<Project>.Among("country", "Country", rows, p => Countries(names, p)),
        ListFilter<Project>.Among("place", "Place", rows, p => _placesByProject[p.Id].Select(names.Of)),
        ListFilter<Project>.Among("funder", "Funder", rows, p => Funders(names, p)),
    ];

    private IEnumerable<string> Countries(RecordNames names, Project project) => _placesByProject[project.Id]
        .Select(id => (names.Find(id)?.Entity as Place)?.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private IEnumerable<string> Funders(RecordNames names, Project project) =>
        _fundersByProject[project.Id].Select(names.Of).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase);
}
