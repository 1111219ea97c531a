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

    /// <summary>Name.</summary>
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
        var subdivision = Guard.Optional(iso3166_2);
        if (subdivision is not null && (!SubdivisionPattern().IsMatch(subdivision) || !subdivision.StartsWith(CountryCode + "-", StringComparison.Ordinal)))
        {
            throw new DomainException(
                DomainErrorCodes.InvalidFormat,
                $"ISO 3166-2 code '{subdivision}' must look like {CountryCode ?? "XX"}-ABC and start with the place's country code.");
        }

        var m49 = Guard.Optional(m49Code);
        if (m49 is not null && !M49Pattern().IsMatch(m49))
        {
            throw new DomainException(DomainErrorCodes.InvalidFormat, $"UN M49 code '{m49}' must be three digits, e.g. 419.");
        }

        Iso3166_2 = subdivision;
        M49Code = m49;
        GeonamesId = geonamesId;
        return this;
    }

    /// <summary>Places this place inside a larger one of the same country (macro-regions contain any country).</summary>
    public Place SetParent(Place? parent)
    {
        if (parent is null)
        {
            ParentId = null;
            return this;
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
                $"{Name} ({CountryCode}) cannot be inside {parent.Name} ({parent.CountryCode}): the countries differ.");
        }

        ParentId = parent.Id;
        return this;
    }

    /// <summary>Sets coordinates and the stated population.</summary>
    public Place Describe(GeoPoint? point = null, long? population = null, PartialDate? populationAsOf = null)
    {
        if (population is < 0)
        {
            throw new DomainException(DomainErrorCodes.OutOfRange, $"Population must not be negative, got {population}.");
        }

        Point = point;
        Population = population;
        PopulationAsOf = populationAsOf;
        return this;
    }

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex SubdivisionPattern();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex M49Pattern();
}
