using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>
/// The whole editable state of a <see cref="Project"/> (everything but its kind, fixed at creation), given to
/// <see cref="Project.Edit"/> at once. Callers start from <see cref="Of"/> and replace what their form or input holds,
/// so values they do not show are kept.
/// </summary>
public sealed record ProjectDetails
{
    /// <summary>Title in <see cref="TitleLanguage"/>.</summary>
    public required string Title { get; init; }

    /// <summary>ISO 639-1 language of the title.</summary>
    public string TitleLanguage { get; init; } = "en";

    /// <summary>The title in other languages.</summary>
    public IReadOnlyList<LocalizedText> AlternativeTitles { get; init; } = [];

    /// <summary>Free text; null or blank for none.</summary>
    public string? Description { get; init; }

    /// <summary>Objectives, one per item, verbatim where the source states them.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>Components or axes.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>Target-group description.</summary>
    public string? TargetGroupText { get; init; }

    /// <summary>GSEF category as written.</summary>
    public string? GsefCategory { get; init; }

    /// <summary>IATI activity status.</summary>
    public ActivityStatus? Status { get; init; }

    /// <summary>When the status was true.</summary>
    public PartialDate? StatusAsOf { get; init; }

    /// <summary>IATI planned start.</summary>
    public PartialDate? PlannedStart { get; init; }

    /// <summary>IATI planned end.</summary>
    public PartialDate? PlannedEnd { get; init; }

    /// <summary>IATI actual start.</summary>
    public PartialDate? ActualStart { get; init; }

    /// <summary>IATI actual end.</summary>
    public PartialDate? ActualEnd { get; init; }

    /// <summary>IATI activity scope.</summary>
    public ActivityScope? Scope { get; init; }

    /// <summary>Number of municipalities covered.</summary>
    public int? MunicipalityCount { get; init; }

    /// <summary>IATI activity identifier.</summary>
    public string? IatiIdentifier { get; init; }

    /// <summary>Parent project or programme.</summary>
    public string? ParentId { get; init; }

    /// <summary>Identifiers of the project in other systems (IATI, funders' registries …).</summary>
    public IReadOnlyList<ExternalId> ExternalIds { get; init; } = [];

    /// <summary>The details <paramref name="project"/> has now.</summary>
    public static ProjectDetails Of(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectDetails
        {
            Title = project.Title,
            TitleLanguage = project.TitleLanguage,
            AlternativeTitles = project.AlternativeTitles,
            Description = project.Description,
            Objectives = project.Objectives,
            Components = project.Components,
            TargetGroupText = project.TargetGroupText,
            GsefCategory = project.GsefCategory,
            Status = project.Status,
            StatusAsOf = project.StatusAsOf,
            PlannedStart = project.DateOf(ActivityDateType.PlannedStart),
            PlannedEnd = project.DateOf(ActivityDateType.PlannedEnd),
            ActualStart = project.DateOf(ActivityDateType.ActualStart),
            ActualEnd = project.DateOf(ActivityDateType.ActualEnd),
            Scope = project.Scope,
            MunicipalityCount = project.MunicipalityCount,
            IatiIdentifier = project.IatiIdentifier,
            ParentId = project.ParentId,
            // The project's own list while it is unchanged, so two readings of an unedited project compare equal.
            ExternalIds = project.ExternalIds as IReadOnlyList<ExternalId> ?? [.. project.ExternalIds],
        };
    }

    /// <summary>The activity dates that are set, in IATI type order.</summary>
    internal IReadOnlyList<ProjectDate> Dates() =>
        new (ActivityDateType Type, PartialDate? Date)[]
            {
                (ActivityDateType.PlannedStart, PlannedStart), (ActivityDateType.PlannedEnd, PlannedEnd),
                (ActivityDateType.ActualStart, ActualStart), (ActivityDateType.ActualEnd, ActualEnd),
            }
            .Where(d => d.Date is not null)
            .Select(d => new ProjectDate(d.Type, d.Date!))
            .OrderBy(d => d.Type)
            .ToArray();
}
