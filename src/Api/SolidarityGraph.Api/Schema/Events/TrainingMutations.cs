using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Events;

/// <summary>
/// Create, update and delete training programmes. The project is fixed at creation; counts of people trained are
/// indicator values (<c>createIndicatorValue</c>), never fields of the training.
/// </summary>
[MutationType]
public static class TrainingMutations
{
    /// <summary>Creates a training programme of a project.</summary>
    [GraphQLDescription("Creates a training programme of a project, with its topics, the organisations that deliver it and its dated sessions (events).")]
    public static async Task<Training> CreateTrainingAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string projectId,
        string title,
        TrainingTargetGroup targetGroup,
        IReadOnlyList<string>? topics,
        [ID] IReadOnlyList<string>? deliveredByIds,
        [ID] IReadOnlyList<string>? eventIds,
        CancellationToken cancellationToken)
    {
        var project = MutationInputs.Key(projectId, nameof(Project));
        await MutationInputs.RequireAsync<Project>(db, project, cancellationToken);
        var training = MutationInputs.OnField("title", () => new Training(project, title, targetGroup));
        await EditAsync(db, training, title, targetGroup, topics, deliveredByIds, eventIds, cancellationToken);
        db.Trainings.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return training;
    }

    /// <summary>Replaces the editable fields of a training read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces title, target group, topics, providers and sessions of a training read at `version` (the project is fixed); a stale version gives a ConcurrencyError.")]
    public static async Task<Training> UpdateTrainingAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string title,
        TrainingTargetGroup targetGroup,
        IReadOnlyList<string>? topics,
        [ID] IReadOnlyList<string>? deliveredByIds,
        [ID] IReadOnlyList<string>? eventIds,
        CancellationToken cancellationToken)
    {
        var training = await MutationInputs.LoadForEditAsync<Training>(db, id, version, cancellationToken);
        await EditAsync(db, training, title, targetGroup, topics, deliveredByIds, eventIds, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return training;
    }

    /// <summary>Deletes a training programme.</summary>
    [GraphQLDescription("Deletes a training read at `version`, with its citations; refused (DELETE_HAS_DEPENDENTS) while indicators or enrolments refer to it.")]
    public static Task<Training> DeleteTrainingAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Training>(db, id, version, cancellationToken);

    // Through Training.Edit, like the admin: references are checked here, every rule of the record in the domain.
    private static async Task EditAsync(SolidarityGraphDbContext db, Training training, string title, TrainingTargetGroup targetGroup,
        IReadOnlyList<string>? topics, IReadOnlyList<string>? deliveredByIds, IReadOnlyList<string>? eventIds, CancellationToken cancellationToken)
    {
        var providers = MutationInputs.Keys(deliveredByIds, nameof(Organisation));
        var sessions = MutationInputs.Keys(eventIds, nameof(Event));
        await MutationInputs.RequireAllAsync<Organisation>(db, providers, cancellationToken);
        await MutationInputs.RequireAllAsync<Event>(db, sessions, cancellationToken);
        training.Edit(new TrainingDetails { Title = title, TargetGroup = targetGroup, Topics = topics ?? [], DeliveredByIds = providers, EventIds = sessions });
    }
}
