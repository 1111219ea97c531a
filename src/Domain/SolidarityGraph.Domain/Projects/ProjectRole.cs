using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>A public contact's role in a project, e.g. SPONSOR_LIAISON (DOMAIN.md §4.4).</summary>
public sealed class ProjectRole : EntityBase
{
    private ProjectRole()
    {
        ContactId = ProjectId = Role = string.Empty;
    }

    /// <summary>Creates the edge; <paramref name="role"/> is an upper-case code.</summary>
    public ProjectRole(string contactId, string projectId, string role)
    {
        ContactId = Guard.RequiredId(contactId, "Project role contact id");
        ProjectId = Guard.RequiredId(projectId, "Project role project id");
        Role = Guard.UpperCode(role, "Project role");
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.ProjectRole;

    /// <summary>The public contact.</summary>
    public string ContactId { get; private set; }

    /// <remarks>Fixed at creation, like the contact.</remarks>
    public string ProjectId { get; private set; }

    /// <summary>Role code, e.g. SPONSOR_LIAISON.</summary>
    public string Role { get; private set; }
}
