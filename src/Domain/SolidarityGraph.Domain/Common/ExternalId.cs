namespace SolidarityGraph.Domain.Common;

/// <summary>Identifier schemes for <see cref="ExternalId"/> (DOMAIN.md §4.1).</summary>
public enum ExternalIdScheme
{
    IatiOrgRef,
    IatiActivity,
    Wikidata,
    NationalRegistry,
    GsefNode,
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
