using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Participations;

/// <summary>Participations of organisations in projects, filtered by organisation, project and role; each is added from a project's page.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Participation>(db)
{
    protected override string Noun => "participations";

    protected override string? CreateText => null;

    protected override string CreateElsewhere => "An organisation is added to a project from the project's page (“Add a participant”).";

    protected override IReadOnlyList<ListColumn<Participation>> Columns(RecordNames names) =>
    [
        new("organisation", "Organisation", p => names.Of(p.OrganisationId)) { Url = p => names.UrlOf(p.Id) },
        ListFormats.Reference<Participation>("project", "Project", names, p => p.ProjectId),
        new("role", "Role", p => p.Role.ToString()),
        new("since", "Since", p => p.Since?.ToString()) { SortBy = p => p.Since?.Start },
        new("until", "Until", p => p.Until?.ToString()) { SortBy = p => p.Until?.Start },
        ListFormats.UpdatedColumn<Participation>(),
    ];

    protected override IReadOnlyList<ListFilter<Participation>> Filters(RecordNames names, IReadOnlyList<Participation> rows) =>
    [
        ListFilter<Participation>.Among("organisation", "Organisation", rows, p => [names.Of(p.OrganisationId)]),
        ListFilter<Participation>.Among("project", "Project", rows, p => [names.Of(p.ProjectId)]),
        ListFilter<Participation>.Of<ParticipationRole>("role", "Role", p => p.Role),
    ];
}
