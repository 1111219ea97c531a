using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>
/// How an organisation takes part in a project: the four IATI OrganisationRole codes plus our own roles for
/// partners, technical support, organisers and the protagonist of a documented practice (DOMAIN.md §4.4).
/// </summary>
public enum ParticipationRole
{
    /// <remarks>Provides the money.</remarks>
    Funding = 1,

    /// <remarks>Answers for the activity, e.g. the NGO that signs with the funder.</remarks>
    Accountable = 2,

    /// <remarks>Manages the budget on the funder's behalf.</remarks>
    Extending = 3,

    /// <remarks>Carries out the work.</remarks>
    Implementing = 4,

    /// <remarks>Takes part without one of the IATI roles.</remarks>
    Partner = 101,

    /// <remarks>Gives expertise or training to the implementers.</remarks>
    TechnicalSupport = 102,

    /// <remarks>Organises the project's events or campaign.</remarks>
    Organiser = 103,

    /// <remarks>The protagonist of a documented practice.</remarks>
    Subject = 104,
}

/// <summary>An organisation's participation in a project (first-class edge with its own id and citations).</summary>
public sealed class Participation : EntityBase
{
    private Participation()
    {
        OrganisationId = ProjectId = string.Empty;
    }

    /// <summary>Creates a participation edge.</summary>
    public Participation(string organisationId, string projectId, ParticipationRole role)
    {
        OrganisationId = Guard.RequiredId(organisationId, "Participation organisation id");
        ProjectId = Guard.RequiredId(projectId, "Participation project id");
        Role = role;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Participation;

    /// <summary>The participating organisation.</summary>
    public string OrganisationId { get; private set; }

    /// <remarks>Fixed at creation: delete and re-create the participation to move it.</remarks>
    public string ProjectId { get; private set; }

    /// <remarks>Fixed at creation, like the organisation and the project.</remarks>
    public ParticipationRole Role { get; private set; }

    /// <summary>The IATI <c>participating-org/@role</c> code, or null for roles IATI does not have.</summary>
    public int? IatiRoleCode => (int)Role is >= 1 and <= 4 ? (int)Role : null;

    /// <summary>Since when, if stated.</summary>
    public PartialDate? Since { get; private set; }

    /// <summary>Until when, if stated.</summary>
    public PartialDate? Until { get; private set; }

    /// <summary>
    /// Replaces the editable state (organisation, project and role are fixed at creation); the admin and the
    /// participation mutations both edit through here. An inverted period concerns both ends, so it names no detail.
    /// </summary>
    public Participation Edit(ParticipationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return SetPeriod(details.Since, details.Until);
    }

    /// <summary>Sets the period of participation.</summary>
    public Participation SetPeriod(PartialDate? since, PartialDate? until)
    {
        Guard.Ordered(since, until, "Participation start", "Participation end");
        Since = since;
        Until = until;
        return this;
    }
}

/// <summary>The editable state of a <see cref="Participation"/>, given to <see cref="Participation.Edit"/> at once.</summary>
/// <param name="Since">Since when, if stated.</param>
/// <param name="Until">Until when, if stated.</param>
public sealed record ParticipationDetails(PartialDate? Since = null, PartialDate? Until = null);
