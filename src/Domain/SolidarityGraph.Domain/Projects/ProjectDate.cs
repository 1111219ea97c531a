using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>One IATI activity date of a project, at the precision the source gives.</summary>
public sealed record ProjectDate
{
    /// <summary>Creates an activity date.</summary>
    public ProjectDate(ActivityDateType type, PartialDate date)
    {
        Type = type;
        Date = date ?? throw new DomainException(DomainErrorCodes.Required, "Project date value is required.");
    }

    /// <summary>Planned/actual start/end.</summary>
    public ActivityDateType Type { get; }

    /// <remarks>As precise as the source states it.</remarks>
    public PartialDate Date { get; }
}
