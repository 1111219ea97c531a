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
        Apply(project, title, titleLanguage, description, objectives, status, statusAsOf,
            [plannedStart, plannedEnd, actualStart, actualEnd], parent, iatiIdentifier, municipalityCount);
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
        Apply(project, title, titleLanguage, description, objectives, status, statusAsOf,
            [plannedStart, plannedEnd, actualStart, actualEnd], parent, iatiIdentifier, municipalityCount);
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    /// <summary>Deletes a project that nothing refers to any more.</summary>
    [GraphQLDescription("Deletes a project read at `version`, with its own citations; refused (DELETE_HAS_DEPENDENTS) while funding, participations or other records refer to it.")]
    public static Task<Project> DeleteProjectAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Project>(db, id, version, cancellationToken);

    private static void Apply(Project project, string title, string? titleLanguage, string? description,
        IReadOnlyList<string>? objectives, ActivityStatus? status, string? statusAsOf, string?[] dates, string? parentKey,
        string? iatiIdentifier, int? municipalityCount)
    {
        MutationInputs.OnField("title", () => project.Retitle(title, titleLanguage ?? "en", project.AlternativeTitles));
        project.Describe(description, objectives, project.Components, project.TargetGroupText, project.GsefCategory);
        project.SetStatus(status, MutationInputs.Date(statusAsOf, "statusAsOf"));
        string[] fields = ["plannedStart", "plannedEnd", "actualStart", "actualEnd"];
        ActivityDateType[] types = [ActivityDateType.PlannedStart, ActivityDateType.PlannedEnd, ActivityDateType.ActualStart, ActivityDateType.ActualEnd];
        foreach (var type in types)
        {
            project.SetDate(type, null); // clear first so a moved range is not checked against the old bound
        }

        for (var i = 0; i < types.Length; i++)
        {
            var date = MutationInputs.Date(dates[i], fields[i]);
            MutationInputs.OnField(fields[i], () => project.SetDate(types[i], date));
        }

        MutationInputs.OnField("municipalityCount", () => project.SetReporting(project.Scope, municipalityCount, iatiIdentifier));
        MutationInputs.OnField("parentId", () => project.SetParent(parentKey));
    }
}
