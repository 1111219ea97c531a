using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Projects;

/// <summary>The Participation edge (Organisation → Project with a role): create, change its period, delete.</summary>
[MutationType]
public static class ParticipationMutations
{
    /// <summary>Adds an organisation to a project in a role.</summary>
    [GraphQLDescription("Adds an organisation to a project in a role (IATI FUNDING/ACCOUNTABLE/EXTENDING/IMPLEMENTING or PARTNER …).")]
    public static async Task<Participation> CreateParticipationAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string projectId,
        [ID] string organisationId,
        ParticipationRole role,
        string? since,
        string? until,
        CancellationToken cancellationToken)
    {
        var project = MutationInputs.Key(projectId, nameof(Project));
        var organisation = MutationInputs.Key(organisationId, nameof(Organisation));
        await MutationInputs.RequireAsync<Project>(db, project, cancellationToken);
        await MutationInputs.RequireAsync<Organisation>(db, organisation, cancellationToken);
        var participation = new Participation(organisation, project, role);
        participation.Edit(new ParticipationDetails(MutationInputs.Date(since, "since"), MutationInputs.Date(until, "until")));
        db.Participations.Add(participation);
        await db.SaveChangesAsync(cancellationToken);
        return participation;
    }

    /// <summary>Sets the period of a participation read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Sets the period of a participation read at `version` (organisation, project and role are fixed: delete and re-create to change them).")]
    public static async Task<Participation> UpdateParticipationAsync(
        [Service] SolidarityGraphDbContext db, [ID] string id, long version, string? since, string? until, CancellationToken cancellationToken)
    {
        var participation = await MutationInputs.LoadForEditAsync<Participation>(db, id, version, cancellationToken);
        participation.Edit(new ParticipationDetails(MutationInputs.Date(since, "since"), MutationInputs.Date(until, "until")));
        await db.SaveChangesAsync(cancellationToken);
        return participation;
    }

    /// <summary>Removes a participation.</summary>
    [GraphQLDescription("Removes a participation read at `version`, with its citations.")]
    public static Task<Participation> DeleteParticipationAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Participation>(db, id, version, cancellationToken);
}
