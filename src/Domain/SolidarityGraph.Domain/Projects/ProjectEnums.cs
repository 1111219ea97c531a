namespace SolidarityGraph.Domain.Projects;

/// <summary>What kind of undertaking a project is (DOMAIN.md §4.3).</summary>
public enum ProjectKind
{
    DevelopmentProject,
    AdvocacyProject,
    Programme,

    /// <summary>A documented practice, e.g. a GSEF case entry.</summary>
    DocumentedPractice,
}

/// <summary>IATI ActivityStatus; the numeric values are the IATI codes.</summary>
public enum ActivityStatus
{
    Pipeline = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
    Suspended = 6,
}

/// <summary>IATI ActivityDateType; the numeric values are the IATI codes.</summary>
public enum ActivityDateType
{
    PlannedStart = 1,
    ActualStart = 2,
    PlannedEnd = 3,
    ActualEnd = 4,
}

/// <summary>IATI activity scope (subset used by the seeds); numeric values are the IATI codes.</summary>
public enum ActivityScope
{
    Global = 1,
    Regional = 2,
    MultiNational = 3,
    National = 4,
    SubNationalMultiple = 5,
    SubNationalSingle = 6,
    SubNationalMultipleSecond = 7,
    SingleLocation = 8,
}
