namespace SolidarityGraph.Domain.Seed;

// The JSON shape of the seed dataset (DOMAIN.md §5). Every property is nullable so that the loader, not the JSON
// serializer, reports a missing field with the file, record and field names (see SeedException). Decimal values are
// strings ("16322.00") so that no amount passes through a binary floating-point number.

/// <summary>The whole seed file.</summary>
internal sealed record SeedFile
{
    public int? Version { get; init; }
    public SeedCuration? Curation { get; init; }
    public List<SeedSource>? Sources { get; init; }
    public List<SeedPlace>? Places { get; init; }
    public List<SeedOrganisation>? Organisations { get; init; }
    public List<SeedPublicContact>? PublicContacts { get; init; }
    public List<SeedAffiliation>? Affiliations { get; init; }
    public List<SeedMembership>? Memberships { get; init; }
    public List<SeedProject>? Projects { get; init; }
    public List<SeedParticipation>? Participations { get; init; }
    public List<SeedProjectLocation>? ProjectLocations { get; init; }
    public List<SeedProjectRole>? ProjectRoles { get; init; }
    public List<SeedBudget>? Budgets { get; init; }
    public List<SeedFunding>? Fundings { get; init; }
    public List<SeedAgreement>? Agreements { get; init; }
    public List<SeedEventSeries>? EventSeries { get; init; }
    public List<SeedEvent>? Events { get; init; }
    public List<SeedEventRole>? EventRoles { get; init; }
    public List<SeedTraining>? Trainings { get; init; }
    public List<SeedCampaign>? Campaigns { get; init; }
    public List<SeedResult>? Results { get; init; }
    public List<SeedIndicator>? Indicators { get; init; }
    public List<SeedClassification>? Classifications { get; init; }
}

/// <summary>Who curated the CURATED citations of this file, and when (one value for the whole file).</summary>
internal sealed record SeedCuration
{
    public string? Curator { get; init; }
    public string? CuratedAt { get; init; }
}

/// <summary>Any record with a stable key and its citations.</summary>
internal abstract record SeedRecord
{
    /// <summary>The stable key, e.g. <c>org:setec</c>; the entity id is derived from it.</summary>
    public string? Id { get; init; }
    public List<SeedCitation>? Citations { get; init; }
}

/// <summary>A verbatim quote supporting named fields of its record.</summary>
internal sealed record SeedCitation
{
    public string? Source { get; init; }
    public string? Quote { get; init; }
    public List<string>? Supports { get; init; }
    public string? Assertion { get; init; }
    public string? Rationale { get; init; }
    public bool? ContainsPersonalData { get; init; }
}

/// <summary>A date as precise as the source states: <c>{ "value": "2025-11", "approximate": false }</c>.</summary>
internal sealed record SeedPartialDate
{
    public string? Value { get; init; }
    public bool? Approximate { get; init; }
}

internal sealed record SeedExternalId
{
    public string? Scheme { get; init; }
    public string? Value { get; init; }
}

internal sealed record SeedSource : SeedRecord
{
    public string? Title { get; init; }
    public string? SeedFile { get; init; }
    public string? ContentSha256 { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public string? RetrievedAt { get; init; }
}

internal sealed record SeedPlace : SeedRecord
{
    public string? Name { get; init; }
    public string? Type { get; init; }
    public string? CountryCode { get; init; }
    public string? Iso3166_2 { get; init; }
    public string? M49Code { get; init; }
    public string? Parent { get; init; }
    public SeedPopulation? Population { get; init; }
}

internal sealed record SeedPopulation
{
    public long? Value { get; init; }
    public SeedPartialDate? AsOf { get; init; }
    public SeedCitation? Citation { get; init; }
}

internal sealed record SeedOrganisation : SeedRecord
{
    public string? Name { get; init; }
    public string? Acronym { get; init; }
    public List<string>? AltNames { get; init; }
    public string? Kind { get; init; }
    public string? SseEntityType { get; init; }
    public string? LegalFormLocal { get; init; }
    public string? IatiOrgType { get; init; }
    public string? GsefActorType { get; init; }
    public string? CountryCode { get; init; }
    public string? Headquarters { get; init; }
    public string? Description { get; init; }
    public string? FoundedOn { get; init; }
    public string? Parent { get; init; }
}

internal sealed record SeedPublicContact : SeedRecord
{
    public string? FullName { get; init; }
    public string? Honorific { get; init; }
}

internal sealed record SeedAffiliation : SeedRecord
{
    public string? Contact { get; init; }
    public string? Organisation { get; init; }
    public string? Title { get; init; }
    public bool? IsPublicContact { get; init; }
}

internal sealed record SeedMembership : SeedRecord
{
    public string? Member { get; init; }
    public string? Network { get; init; }
}
