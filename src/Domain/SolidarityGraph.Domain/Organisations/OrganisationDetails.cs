using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Organisations;

/// <summary>
/// The whole editable state of an <see cref="Organisation"/>, given to <see cref="Organisation.Edit"/> at once.
/// Callers start from <see cref="Of"/> and replace what their form or input holds, so values they do not show are kept.
/// </summary>
public sealed record OrganisationDetails
{
    /// <summary>Name as published.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of organisation this is.</summary>
    public OrganisationKind Kind { get; init; }

    /// <summary>Short name as the organisation writes it, e.g. ACCD.</summary>
    public string? Acronym { get; init; }

    /// <summary>Other names.</summary>
    public IReadOnlyList<string> AltNames { get; init; } = [];

    /// <summary>ILO SSE entity type.</summary>
    public SseEntityType SseEntityType { get; init; }

    /// <summary>IATI OrganisationType code.</summary>
    public int? IatiOrgType { get; init; }

    /// <summary>IATI organisation identifier.</summary>
    public string? IatiOrgRef { get; init; }

    /// <summary>ESSGlobal organisational-structure concept.</summary>
    public string? EssglobalStructure { get; init; }

    /// <summary>GSEF actor type as written.</summary>
    public string? GsefActorType { get; init; }

    /// <summary>The national legal form as written.</summary>
    public string? LegalFormLocal { get; init; }

    /// <summary>Theme concept codes.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 country.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Seat of the organisation.</summary>
    public string? HeadquartersPlaceId { get; init; }

    /// <summary>Home page as published.</summary>
    public string? Website { get; init; }

    /// <summary>Free description.</summary>
    public string? Description { get; init; }

    /// <summary>Founding date.</summary>
    public PartialDate? FoundedOn { get; init; }

    /// <summary>Parent organisation.</summary>
    public string? ParentId { get; init; }

    /// <summary>The details <paramref name="organisation"/> has now.</summary>
    public static OrganisationDetails Of(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new OrganisationDetails
        {
            Name = organisation.Name,
            Kind = organisation.Kind,
            Acronym = organisation.Acronym,
            AltNames = organisation.AltNames,
            SseEntityType = organisation.SseEntityType,
            IatiOrgType = organisation.IatiOrgType,
            IatiOrgRef = organisation.IatiOrgRef,
            EssglobalStructure = organisation.EssglobalStructure,
            GsefActorType = organisation.GsefActorType,
            LegalFormLocal = organisation.LegalFormLocal,
            Themes = organisation.Themes,
            CountryCode = organisation.CountryCode,
            HeadquartersPlaceId = organisation.HeadquartersPlaceId,
            Website = organisation.Website,
            Description = organisation.Description,
            FoundedOn = organisation.FoundedOn,
            ParentId = organisation.ParentId,
        };
    }
}
