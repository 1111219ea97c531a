using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>
/// A signed commitment between parties, e.g. Mano a Mano's 2-year agreement with community leaders
/// (DOMAIN.md §4.4, §5.3 P3). Parties that are not organisations we store are kept as text.
/// </summary>
public sealed class Agreement : EntityBase
{
    private Agreement()
    {
        Title = string.Empty;
        PartyOrganisationIds = [];
    }

    /// <summary>Creates an agreement.</summary>
    public Agreement(string title, string? projectId = null)
    {
        Title = Guard.Required(title, "Agreement title");
        ProjectId = Guard.OptionalId(projectId, "Agreement project id");
        PartyOrganisationIds = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Agreement;

    /// <summary>Required; the agreement's name as the source gives it.</summary>
    public string Title { get; private set; }

    /// <summary>The project the agreement belongs to.</summary>
    public string? ProjectId { get; private set; }

    /// <summary>Duration in months, e.g. 24.</summary>
    public int? DurationMonths { get; private set; }

    /// <summary>Signing date.</summary>
    public PartialDate? SignedOn { get; private set; }

    /// <summary>Parties as the source words them.</summary>
    public string? PartiesText { get; private set; }

    /// <summary>Parties that are stored organisations.</summary>
    public IReadOnlyList<string> PartyOrganisationIds { get; private set; }

    /// <summary>Sets the terms; a duration must be at least one month.</summary>
    public Agreement SetTerms(int? durationMonths, PartialDate? signedOn, string? partiesText, IEnumerable<string>? partyOrganisationIds = null)
    {
        if (durationMonths is < 1)
        {
            throw new DomainException(
                DomainErrorCodes.OutOfRange, $"Agreement duration must be at least 1 month, got {durationMonths}.");
        }

        DurationMonths = durationMonths;
        SignedOn = signedOn;
        PartiesText = Guard.Optional(partiesText);
        PartyOrganisationIds = partyOrganisationIds?.Select(id => Guard.RequiredId(id, "Agreement party id")).ToArray() ?? [];
        return this;
    }
}
