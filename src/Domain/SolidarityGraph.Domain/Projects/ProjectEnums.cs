namespace SolidarityGraph.Domain.Projects;

/// <summary>What kind of undertaking a project is (DOMAIN.md §4.3).</summary>
public enum ProjectKind
{
    /// <remarks>A development cooperation project with its own budget and results.</remarks>
    DevelopmentProject,

    /// <remarks>A project that seeks changes in public policy.</remarks>
    AdvocacyProject,

    /// <remarks>A programme grouping projects; they name it as their parent.</remarks>
    Programme,

    /// <summary>A documented practice, e.g. a GSEF case entry.</summary>
    DocumentedPractice,
}

/// <summary>IATI ActivityStatus; the numeric values are the IATI codes.</summary>
public enum ActivityStatus
{
    /// <remarks>Being identified or designed.</remarks>
    Pipeline = 1,

    /// <remarks>Under way.</remarks>
    Implementation = 2,

    /// <remarks>Activities done, closing reports and accounts.</remarks>
    Finalisation = 3,

    /// <remarks>Finished.</remarks>
    Closed = 4,

    /// <remarks>Stopped before completion.</remarks>
    Cancelled = 5,

    /// <remarks>Paused.</remarks>
    Suspended = 6,
}

/// <summary>IATI ActivityDateType; the numeric values are the IATI codes.</summary>
public enum ActivityDateType
{
    /// <remarks>The start foreseen in the plan or agreement.</remarks>
    PlannedStart = 1,

    /// <remarks>When the work really began.</remarks>
    ActualStart = 2,

    /// <remarks>The end foreseen in the plan or agreement.</remarks>
    PlannedEnd = 3,

    /// <remarks>When the work really ended.</remarks>
    ActualEnd = 4,
}

/// <summary>IATI activity scope (subset used by the seeds); numeric values are the IATI codes.</summary>
public enum ActivityScope
{
    /// <remarks>Worldwide.</remarks>
    Global = 1,

    /// <remarks>A supranational region.</remarks>
    Regional = 2,

    /// <remarks>Several countries, not a whole region.</remarks>
    MultiNational = 3,

    /// <remarks>One whole country.</remarks>
    National = 4,

    /// <remarks>Several first-level subdivisions of one country.</remarks>
    SubNationalMultiple = 5,

    /// <remarks>One first-level subdivision.</remarks>
    SubNationalSingle = 6,

    /// <remarks>One or more second-level subdivisions.</remarks>
    SubNationalMultipleSecond = 7,

    /// <remarks>One place, e.g. a town or a site.</remarks>
    SingleLocation = 8,
}
