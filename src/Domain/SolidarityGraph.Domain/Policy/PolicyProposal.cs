using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Policy;

/// <summary>Government level a proposal addresses.</summary>
public enum PolicyLevel
{
    /// <remarks>A municipal council or mayor's office.</remarks>
    Municipal,

    /// <remarks>A department or province (first-level subdivision).</remarks>
    Departmental,

    /// <remarks>A national government or parliament.</remarks>
    National,

    /// <remarks>Above the national level: a body of several countries.</remarks>
    Regional,
}

/// <summary>How far a proposal got.</summary>
public enum ProposalStatus
{
    /// <remarks>The source does not say.</remarks>
    Unknown,

    /// <remarks>Drafted, not yet presented.</remarks>
    Built,

    /// <remarks>Presented to the authority that decides.</remarks>
    Presented,

    /// <remarks>Adopted by that authority.</remarks>
    Adopted,

    /// <remarks>Rejected by that authority.</remarks>
    Rejected,
}

/// <summary>
/// An individually known policy proposal (DOMAIN.md §4.3). When a source only gives a count («12 proposals were
/// built»), that is an indicator value instead.
/// </summary>
public sealed class PolicyProposal : EntityBase
{
    private PolicyProposal()
    {
        ProjectId = string.Empty;
        PresentedToOrganisationIds = [];
    }

    /// <summary>Creates a proposal under a project.</summary>
    public PolicyProposal(string projectId, string? title = null, PolicyLevel? level = null, ProposalStatus status = ProposalStatus.Unknown)
    {
        ProjectId = Guard.RequiredId(projectId, "Policy proposal project id");
        Title = Guard.Optional(title);
        Level = level;
        Status = status;
        PresentedToOrganisationIds = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.PolicyProposal;

    /// <remarks>Required and fixed at creation: the project that built or presented the proposal.</remarks>
    public string ProjectId { get; private set; }

    /// <remarks>As the source names it; null when the source describes the proposal without a name.</remarks>
    public string? Title { get; private set; }

    /// <remarks>What it is about, in the source's words.</remarks>
    public string? Topic { get; private set; }

    /// <summary>Government level.</summary>
    public PolicyLevel? Level { get; private set; }

    /// <summary>Who proposed it, as written.</summary>
    public string? ProposedByText { get; private set; }

    /// <summary>Bodies it was presented to.</summary>
    public IReadOnlyList<string> PresentedToOrganisationIds { get; private set; }

    /// <remarks>How far it got; <see cref="ProposalStatus.Unknown"/> until a source says.</remarks>
    public ProposalStatus Status { get; private set; }

    /// <summary>Sets topic, author text, addressees and status.</summary>
    public PolicyProposal Describe(string? topic = null, string? proposedByText = null,
        IEnumerable<string>? presentedToOrganisationIds = null, ProposalStatus? status = null)
    {
        Topic = Guard.Optional(topic);
        ProposedByText = Guard.Optional(proposedByText);
        PresentedToOrganisationIds = presentedToOrganisationIds?.Select(id => Guard.RequiredId(id, "Presented-to organisation id")).ToArray() ?? [];
        Status = status ?? Status;
        return this;
    }
}
