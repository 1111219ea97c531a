namespace SolidarityGraph.GraphQL.Data.Tests.TestModel;

public enum OrganisationKind
{
    Cooperative,
    Union,
    Foundation,
}

public enum ProjectStatus
{
    Draft,
    Active,
    Closed,
}

public sealed class Organisation
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Country { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    /// <summary>Personal data: a contact address, guarded by the Steward policy in the test schema.</summary>
    public string ContactEmail { get; set; } = "";

    public List<Project> Projects { get; set; } = new();
}

public sealed class Project
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Code { get; set; }

    public int Budget { get; set; }

    public DateTime StartDate { get; set; }

    public ProjectStatus Status { get; set; }

    public bool IsPublic { get; set; }

    public int OrganisationId { get; set; }

    public Organisation Organisation { get; set; } = null!;

    public List<Participation> Participations { get; set; } = new();
}

public sealed class Participation
{
    public int Id { get; set; }

    public string Role { get; set; } = "";

    public int Share { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;
}
