using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Projects;

/// <summary>
/// Create, update and delete projects. An update states the whole editable state (like the admin edit form) together
/// with the <c>version</c> it was read at; optional fields left out are cleared. The kind is fixed at creation.
/// </summary>
[MutationType]
public static class ProjectMutations
{
    /// <summary>Creates a project.</summary>
    [GraphQLDescription("Creates a project (an IATI activity).")]
    public static async Task<Project> CreateProjectAsync(
        [Service] SolidarityGraphDbContext db,
        string title,
        ProjectKind kind,
        string? titleLanguage,
        string? description,
        IReadOnlyList<string>? objectives,
        ActivityStatus? status,
        [GraphQLDescription("Partial date: YYYY, YYYY-MM or YYYY-MM-DD, `~` suffix when approximate.")] string? statusAsOf,
        string? plannedStart,
        string? plannedEnd,
        string? actualStart,
        string? actualEnd,
        [ID] string? parentId,
        string? iatiIdentifier,
        int? municipalityCount,
        CancellationToken cancellationToken)
    {
        var project = MutationInputs.OnField("title", () => new Project(title, kind, titleLanguage ?? "en"));
        var parent = MutationInputs.OptionalKey(parentId, nameof(Project));
        await MutationInputs.RequireAsync<Project>(db, parent, cancellationToken);
        project.Edit(Details(project, title, titleLanguage, description, objectives, status, statusAsOf,
            [plannedStart, plannedEnd, actualStart, actualEnd], parent, iatiIdentifier, municipalityCount));
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    /// <summary>Replaces the editable fields of a project read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces the editable fields of a project read at `version`; a stale version gives a ConcurrencyError and saves nothing.")]
    public static async Task<Project> UpdateProjectAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string title,
        string? titleLanguage,
        string? description,
        IReadOnlyList<string>? objectives,
        ActivityStatus? status,
        string? statusAsOf,
        string? plannedStart,
        string? plannedEnd,
        string? actualStart,
        string? actualEnd,
        [ID] string? parentId,
        string? iatiIdentifier,
        int? municipalityCount,
        CancellationToken cancellationToken)
    {
        var project = await MutationInputs.LoadForEditAsync<Project>(db, id, version, cancellationToken);
        var parent = MutationInputs.OptionalKey(parentId, nameof(Project));
        await MutationInputs.RequireAsync<Project>(db, parent, cancellationToken);
        project.Edit(Details(project, title, titleLanguage, description, objectives, status, statusAsOf,
            [plannedStart, plannedEnd, actualStart, actualEnd], parent, iatiIdentifier, municipalityCount));
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    /// <summary>Deletes a project that nothing refers to any more.</summary>
    [GraphQLDescription("Deletes a project read at `version`, with its own citations, classifications and locations; refused (DELETE_HAS_DEPENDENTS) while funding, participations or other records refer to it.")]
    public static Task<Project> DeleteProjectAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Project>(db, id, version, cancellationToken);

    // The input states every field the mutation edits; the rest (alternative titles, components …) are kept.
    private static ProjectDetails Details(Project project, string title, string? titleLanguage, string? description,
        IReadOnlyList<string>? objectives, ActivityStatus? status, string? statusAsOf, string?[] dates, string? parentKey,
        string? iatiIdentifier, int? municipalityCount) => ProjectDetails.Of(project) with
        {
            Title = title,
            TitleLanguage = titleLanguage ?? "en",
            Description = description,
            Objectives = objectives ?? [],
            Status = status,
            StatusAsOf = MutationInputs.Date(statusAsOf, "statusAsOf"),
            PlannedStart = MutationInputs.Date(dates[0], "plannedStart"),
            PlannedEnd = MutationInputs.Date(dates[1], "plannedEnd"),
            ActualStart = MutationInputs.Date(dates[2], "actualStart"),
            ActualEnd = MutationInputs.Date(dates[3], "actualEnd"),
            ParentId = parentKey,
            IatiIdentifier = iatiIdentifier,
            MunicipalityCount = municipalityCount,
        };
}
