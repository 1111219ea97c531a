using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Organisations;

/// <summary>An NGO, cooperative, network, funder, public body or other organisation (DOMAIN.md §4.3).</summary>
public sealed class Organisation : EntityBase
{
    private readonly List<ExternalId> _externalIds = [];

    private Organisation()
    {
        Name = string.Empty;
        AltNames = Themes = [];
    }

    /// <summary>Creates an organisation with its required name and kind.</summary>
    public Organisation(string name, OrganisationKind kind)
    {
        Name = Guard.Required(name, "Organisation name");
        Kind = kind;
        AltNames = Themes = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Organisation;

    /// <summary>Name as published.</summary>
    public string Name { get; private set; }

    /// <summary>Acronym, e.g. ACCD.</summary>
    public string? Acronym { get; private set; }

    /// <summary>Other names, e.g. the Spanish form.</summary>
    public IReadOnlyList<string> AltNames { get; private set; }

    /// <summary>What kind of organisation this is.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>ILO SSE entity type.</summary>
    public SseEntityType SseEntityType { get; private set; }

    /// <summary>The national legal form as written, e.g. «SCCL».</summary>
    public string? LegalFormLocal { get; private set; }

    /// <summary>IATI OrganisationType code.</summary>
    public int? IatiOrgType { get; private set; }

    /// <summary>IATI organisation identifier, e.g. <c>XI-IATI-…</c>.</summary>
    public string? IatiOrgRef { get; private set; }

    /// <summary>ESSGlobal organisational-structure concept, e.g. <c>OS115</c>.</summary>
    public string? EssglobalStructure { get; private set; }

    /// <summary>GSEF actor type as written, e.g. «SSE organization».</summary>
    public string? GsefActorType { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 country of the organisation.</summary>
    public string? CountryCode { get; private set; }

    /// <summary>Seat of the organisation.</summary>
    public string? HeadquartersPlaceId { get; private set; }

    /// <remarks>Home page as published; null when unknown.</remarks>
    public string? Website { get; private set; }

    /// <summary>Free description.</summary>
    public string? Description { get; private set; }

    /// <summary>Founding date, e.g. «Since its creation in 1994».</summary>
    public PartialDate? FoundedOn { get; private set; }

    /// <summary>Parent organisation (a unit, commission or group within another).</summary>
    public string? ParentId { get; private set; }

    /// <summary>Theme concept codes (ESSGlobal), e.g. T14.</summary>
    public IReadOnlyList<string> Themes { get; private set; }

    /// <summary>Identifiers of this organisation in other systems.</summary>
    public IReadOnlyCollection<ExternalId> ExternalIds => _externalIds;

    /// <summary>
    /// Replaces the whole editable state at once; the admin's edit form and the <c>updateOrganisation</c> mutation both
    /// edit through here. Every rule is checked before anything changes; a broken one is an
    /// <see cref="InvalidDetailException"/> naming the detail at fault, and the organisation is left as it was.
    /// </summary>
    public Organisation Edit(OrganisationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = InvalidDetailException.Check(nameof(details.Name), () => Guard.Required(details.Name, "Organisation name"));
        var iatiOrgType = InvalidDetailException.Check(nameof(details.IatiOrgType), () => IatiOrganisationType.Require(details.IatiOrgType));
        var countryCode = InvalidDetailException.Check(nameof(details.CountryCode), () => Guard.CountryCode(details.CountryCode, "Organisation country"));
        var headquarters = InvalidDetailException.Check(
            nameof(details.HeadquartersPlaceId), () => Guard.OptionalId(details.HeadquartersPlaceId, "Headquarters place id"));
        var parentId = InvalidDetailException.Check(nameof(details.ParentId), () => CheckParent(details.ParentId));

        Rename(name, details.Kind, details.Acronym, details.AltNames);
        (SseEntityType, IatiOrgType, IatiOrgRef) = (details.SseEntityType, iatiOrgType, Guard.Optional(details.IatiOrgRef));
        (EssglobalStructure, GsefActorType) = (Guard.Optional(details.EssglobalStructure), Guard.Optional(details.GsefActorType));
        (LegalFormLocal, Themes) = (Guard.Optional(details.LegalFormLocal), Guard.TextList(details.Themes));
        (CountryCode, HeadquartersPlaceId, Website) = (countryCode, headquarters, Guard.Optional(details.Website));
        (Description, FoundedOn, ParentId) = (Guard.Optional(details.Description), details.FoundedOn, parentId);
        return this;
    }

    /// <summary>Renames the organisation and changes its kind.</summary>
    public Organisation Rename(string name, OrganisationKind kind, string? acronym = null, IEnumerable<string>? altNames = null)
    {
        Name = Guard.Required(name, "Organisation name");
        Kind = kind;
        Acronym = Guard.Optional(acronym);
        AltNames = Guard.TextList(altNames);
        return this;
    }

    /// <summary>Sets the classification codes from the standards we export to.</summary>
    public Organisation Classify(SseEntityType sseEntityType = SseEntityType.Unknown, int? iatiOrgType = null,
        string? iatiOrgRef = null, string? essglobalStructure = null, string? gsefActorType = null,
        string? legalFormLocal = null, IEnumerable<string>? themes = null)
    {
        SseEntityType = sseEntityType;
        IatiOrgType = IatiOrganisationType.Require(iatiOrgType);
        IatiOrgRef = Guard.Optional(iatiOrgRef);
        EssglobalStructure = Guard.Optional(essglobalStructure);
        GsefActorType = Guard.Optional(gsefActorType);
        LegalFormLocal = Guard.Optional(legalFormLocal);
        Themes = Guard.TextList(themes);
        return this;
    }

    /// <summary>Sets where the organisation is and how to find it.</summary>
    public Organisation Locate(string? countryCode = null, string? headquartersPlaceId = null, string? website = null,
        string? description = null, PartialDate? foundedOn = null)
    {
        CountryCode = Guard.CountryCode(countryCode, "Organisation country");
        HeadquartersPlaceId = Guard.OptionalId(headquartersPlaceId, "Headquarters place id");
        Website = Guard.Optional(website);
        Description = Guard.Optional(description);
        FoundedOn = foundedOn;
        return this;
    }

    /// <summary>Places this organisation inside another (e.g. OPAI within Barcelona City Council).</summary>
    public Organisation SetParent(string? parentId)
    {
        ParentId = CheckParent(parentId);
        return this;
    }

    /// <summary>Adds an external identifier unless the same one is present.</summary>
    public Organisation AddExternalId(ExternalId externalId)
    {
        if (!_externalIds.Contains(externalId))
        {
            _externalIds.Add(externalId);
        }

        return this;
    }

    private string? CheckParent(string? parentId)
    {
        var id = Guard.OptionalId(parentId, "Parent organisation id");
        Guard.NotSelf(Id, id, $"Organisation {Id} cannot be its own parent.");
        return id;
    }
}
