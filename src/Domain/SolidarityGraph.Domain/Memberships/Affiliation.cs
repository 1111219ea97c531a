using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Memberships;

/// <summary>A public contact's position in an organisation, e.g. «Project Director at setec international».</summary>
public sealed class Affiliation : EntityBase
{
    private Affiliation()
    {
        ContactId = OrganisationId = string.Empty;
    }

    /// <summary>Creates the edge.</summary>
    public Affiliation(string contactId, string organisationId, string? title = null, bool isPublicContact = false)
    {
        ContactId = Guard.RequiredId(contactId, "Affiliation contact id");
        OrganisationId = Guard.RequiredId(organisationId, "Affiliation organisation id");
        Title = Guard.Optional(title);
        IsPublicContact = isPublicContact;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Affiliation;

    /// <summary>The person.</summary>
    public string ContactId { get; private set; }

    /// <summary>The organisation the person is affiliated with.</summary>
    public string OrganisationId { get; private set; }

    /// <summary>Title, verbatim.</summary>
    public string? Title { get; private set; }

    /// <summary>True when the source names the person as the organisation's contact.</summary>
    public bool IsPublicContact { get; private set; }

    /// <summary>Start of the affiliation.</summary>
    public PartialDate? ValidFrom { get; private set; }

    /// <summary>End of the affiliation.</summary>
    public PartialDate? ValidTo { get; private set; }

    /// <summary>Sets the validity period; the start must not be after the end.</summary>
    public Affiliation SetValidity(PartialDate? validFrom, PartialDate? validTo)
    {
        Guard.Ordered(validFrom, validTo, "Affiliation start", "Affiliation end");
        ValidFrom = validFrom;
        ValidTo = validTo;
        return this;
    }
}
