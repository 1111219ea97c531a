using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.People;

/// <summary>
/// A role-holder named in a public source (DOMAIN.md §4.3, §5.4). Name, honorific and role are public; contact
/// details are steward-only; the person can ask to be removed.
/// </summary>
public sealed class PublicContact : EntityBase
{
    private PublicContact()
    {
        FullName = string.Empty;
    }

    /// <summary>Creates a contact as named in a source.</summary>
    public PublicContact(string fullName, string? honorific = null)
    {
        FullName = Guard.Required(fullName, "Contact full name");
        Honorific = Guard.Optional(honorific);
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.PublicContact;

    /// <summary>Full name as published.</summary>
    public string FullName { get; private set; }

    /// <summary>Honorific as published, e.g. «Ms.».</summary>
    public string? Honorific { get; private set; }

    /// <summary>Role description as published.</summary>
    public string? Role { get; private set; }

    /// <summary>E-mail address; personal data even when it appears in a source.</summary>
    [Privacy(PrivacyClass.S)]
    public string? Email { get; private set; }

    /// <summary>Telephone number; personal data.</summary>
    [Privacy(PrivacyClass.S)]
    public string? Phone { get; private set; }

    /// <summary>When the person asked to be removed; internal workflow.</summary>
    [Privacy(PrivacyClass.I)]
    public DateTime? ErasureRequestedAt { get; private set; }

    /// <summary>Sets the published role text.</summary>
    public PublicContact DescribeRole(string? role)
    {
        Role = Guard.Optional(role);
        return this;
    }

    /// <summary>Sets the steward-only contact details.</summary>
    public PublicContact SetContactDetails(string? email, string? phone)
    {
        Email = Guard.Optional(email);
        Phone = Guard.Optional(phone);
        return this;
    }

    /// <summary>
    /// Records an erasure request and drops the contact details at once; removing the row itself is a steward
    /// decision because citations point at it.
    /// </summary>
    public PublicContact RequestErasure(DateTime requestedAtUtc)
    {
        ErasureRequestedAt = Guard.Utc(requestedAtUtc);
        Email = Phone = null;
        return this;
    }
}
