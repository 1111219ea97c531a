using System.Text.RegularExpressions;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Places;

/// <summary>A place in a typed hierarchy with ISO 3166 and UN M49 codes (DOMAIN.md §4.3, §5.7).</summary>
public sealed partial class Place : EntityBase
{
    private Place()
    {
        Name = string.Empty;
    }

    /// <summary>
    /// Creates a place. Every type except <see cref="PlaceType.MacroRegion"/> needs an ISO 3166-1 alpha-2 country code.
    /// </summary>
    public Place(string name, PlaceType type, string? countryCode)
    {
        Name = Guard.Required(name, "Place name");
        Type = type;
        CountryCode = Guard.CountryCode(countryCode, "Place country");
        if (CountryCode is null && type != PlaceType.MacroRegion)
        {
            throw new DomainException(DomainErrorCodes.Required, $"A {type} place needs a country code.");
        }
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Place;

    /// <remarks>Required, e.g. Cochabamba.</remarks>
    public string Name { get; private set; }

    /// <summary>Type in the hierarchy.</summary>
    public PlaceType Type { get; private set; }

    /// <summary>ISO 3166-1 alpha-2; null only for macro-regions.</summary>
    public string? CountryCode { get; private set; }

    /// <summary>ISO 3166-2 subdivision code, e.g. <c>BO-C</c>.</summary>
    public string? Iso3166_2 { get; private set; }

    /// <summary>UN M49 code (three digits), e.g. <c>419</c>.</summary>
    public string? M49Code { get; private set; }

    /// <summary>The enclosing place.</summary>
    public string? ParentId { get; private set; }

    /// <summary>GeoNames id, for stewards.</summary>
    public long? GeonamesId { get; private set; }

    /// <summary>Coordinates; null in the seeds.</summary>
    public GeoPoint? Point { get; private set; }

    /// <summary>Population as stated by a source (cite it with supports <c>population</c>).</summary>
    public long? Population { get; private set; }

    /// <summary>When the population figure was true.</summary>
    public PartialDate? PopulationAsOf { get; private set; }

    /// <summary>
    /// Replaces the whole editable state at once: every rule is checked before anything changes, and a broken rule
    /// names its detail. <paramref name="parent"/> is the place <see cref="PlaceDetails.ParentId"/> names (the
    /// hierarchy is checked against its type and country).
    /// </summary>
    public Place Edit(PlaceDetails details, Place? parent)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (parent?.Id != details.ParentId)
        {
            throw new ArgumentException("The parent given is not the one the details name.", nameof(parent));
        }

        var name = InvalidDetailException.Check(nameof(details.Name), () => Guard.Required(details.Name, "Place name"));
        var subdivision = InvalidDetailException.Check(nameof(details.Iso3166_2), () => CheckSubdivision(details.Iso3166_2));
        var m49 = InvalidDetailException.Check(nameof(details.M49Code), () => CheckM49(details.M49Code));
        InvalidDetailException.Check(nameof(details.ParentId), () => CheckParent(parent, name));
        InvalidDetailException.Check(nameof(details.Population), () => CheckPopulation(details.Population));

        (Name, Iso3166_2, M49Code, GeonamesId) = (name, subdivision, m49, details.GeonamesId);
        (ParentId, Point, Population, PopulationAsOf) = (parent?.Id, details.Point, details.Population, details.PopulationAsOf);
        return this;
    }

    /// <summary>
    /// Renames the place. Type and country are fixed at creation: changing them would invalidate the codes, the parent
    /// and the children checked against them.
    /// </summary>
    public Place Rename(string name)
    {
        Name = Guard.Required(name, "Place name");
        return this;
    }

    /// <summary>Sets the standard codes; the ISO 3166-2 code must start with the country code.</summary>
    public Place SetCodes(string? iso3166_2 = null, string? m49Code = null, long? geonamesId = null)
    {
        (Iso3166_2, M49Code) = (CheckSubdivision(iso3166_2), CheckM49(m49Code));
        GeonamesId = geonamesId;
        return this;
    }

    /// <summary>Places this place inside a larger one of the same country (macro-regions contain any country).</summary>
    public Place SetParent(Place? parent)
    {
        CheckParent(parent, Name);
        ParentId = parent?.Id;
        return this;
    }

    /// <summary>Sets coordinates and the stated population.</summary>
    public Place Describe(GeoPoint? point = null, long? population = null, PartialDate? populationAsOf = null)
    {
        CheckPopulation(population);
        Point = point;
        Population = population;
        PopulationAsOf = populationAsOf;
        return this;
    }

    private string? CheckSubdivision(string? iso3166_2)
    {
        var subdivision = Guard.Optional(iso3166_2);
        if (subdivision is not null && (!SubdivisionPattern().IsMatch(subdivision) || !subdivision.StartsWith(CountryCode + "-", StringComparison.Ordinal)))
        {
            throw new DomainException(
                DomainErrorCodes.InvalidFormat,
                $"ISO 3166-2 code '{subdivision}' must look like {CountryCode ?? "XX"}-ABC and start with the place's country code.");
        }

        return subdivision;
    }

    private static string? CheckM49(string? m49Code)
    {
        var m49 = Guard.Optional(m49Code);
        if (m49 is not null && !M49Pattern().IsMatch(m49))
        {
            throw new DomainException(DomainErrorCodes.InvalidFormat, $"UN M49 code '{m49}' must be three digits, e.g. 419.");
        }

        return m49;
    }

    private void CheckParent(Place? parent, string name)
    {
        if (parent is null)
        {
            return;
        }

        Guard.NotSelf(Id, parent.Id, $"Place {Id} cannot be its own parent.");
        if (parent.Type >= Type)
        {
            throw new DomainException(
                DomainErrorCodes.PlaceHierarchyInvalid,
                $"A {Type} cannot be placed inside a {parent.Type}: a parent must be a larger kind of place.");
        }

        if (parent.CountryCode is not null && parent.CountryCode != CountryCode)
        {
            throw new DomainException(
                DomainErrorCodes.PlaceCountryMismatch,
                $"{name} ({CountryCode}) cannot be inside {parent.Name} ({parent.CountryCode}): the countries differ.");
        }
    }

    private static void CheckPopulation(long? population)
    {
        if (population is < 0)
        {
            throw new DomainException(DomainErrorCodes.OutOfRange, $"Population must not be negative, got {population}.");
        }
    }

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex SubdivisionPattern();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex M49Pattern();
}
