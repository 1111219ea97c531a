using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>IATI location-reach: where the activity happens or where its beneficiaries live.</summary>
public enum LocationRole
{
    /// <remarks>The project works there (IATI location reach 1).</remarks>
    ActivitySite = 1,

    /// <remarks>The people the project serves live there (IATI location reach 2).</remarks>
    Beneficiaries = 2,
}

/// <summary>A place where a project works (DOMAIN.md §4.4).</summary>
public sealed class ProjectLocation : EntityBase
{
    private ProjectLocation()
    {
        ProjectId = PlaceId = string.Empty;
    }

    /// <summary>Creates the edge; the percentage, when given, is 0–100.</summary>
    public ProjectLocation(string projectId, string placeId, LocationRole role = LocationRole.ActivitySite, decimal? percentage = null)
    {
        ProjectId = Guard.RequiredId(projectId, "Project location project id");
        PlaceId = Guard.RequiredId(placeId, "Project location place id");
        Role = role;
        Percentage = Guard.Percentage(percentage, "Project location percentage");
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.ProjectLocation;

    /// <remarks>Fixed at creation, like the place.</remarks>
    public string ProjectId { get; private set; }

    /// <remarks>Fixed at creation, like the project.</remarks>
    public string PlaceId { get; private set; }

    /// <summary>Activity site or beneficiaries.</summary>
    public LocationRole Role { get; private set; }

    /// <summary>Share of the project at this place, 0–100.</summary>
    public decimal? Percentage { get; private set; }
}
