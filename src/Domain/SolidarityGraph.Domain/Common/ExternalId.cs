namespace SolidarityGraph.Domain.Common;

/// <summary>Identifier schemes for <see cref="ExternalId"/> (DOMAIN.md §4.1).</summary>
public enum ExternalIdScheme
{
    /// <remarks>
    /// IATI organisation identifier, <c>{RegistrationAgency}-{number}</c> (e.g. an ES-NIF or XM-DAC reference).
    /// </remarks>
    IatiOrgRef,

    /// <remarks>
    /// IATI activity identifier: the reporting organisation's identifier followed by the activity's own code.
    /// </remarks>
    IatiActivity,

    /// <remarks>Wikidata item id (Q followed by digits).</remarks>
    Wikidata,

    /// <remarks>
    /// A number in a national register of companies, associations or cooperatives (tax or registration number).
    /// </remarks>
    NationalRegistry,

    /// <remarks>
    /// Node number of a page on gsef-net.org (the Global Social Economy Forum's case entries), e.g. 26976.
    /// </remarks>
    GsefNode,

    /// <remarks>Project number on the setec Foundation's site, e.g. 8787.</remarks>
    SetecProject,
}

/// <summary>An identifier of the same thing in another system, e.g. an IATI organisation reference.</summary>
public sealed record ExternalId
{
    /// <summary>Creates an external identifier; the value is required.</summary>
    public ExternalId(ExternalIdScheme scheme, string value)
    {
        Scheme = scheme;
        Value = Guard.Required(value, "External id value");
    }

    /// <summary>The scheme the value belongs to.</summary>
    public ExternalIdScheme Scheme { get; private set; }

    /// <summary>The identifier as the other system writes it.</summary>
    public string Value { get; private set; }
}
