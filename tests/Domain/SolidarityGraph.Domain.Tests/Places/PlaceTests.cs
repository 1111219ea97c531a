using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Domain.Tests.Places;

public sealed class PlaceTests
{
    [Fact]
    public void BuildsTheLimaHierarchy()
    {
        var peru = new Place("Peru", PlaceType.Country, "PE");
        var lima = new Place("Lima", PlaceType.Admin1, "PE").SetCodes("PE-LIM").SetParent(peru);
        var ensenada = new Place("La Ensenada", PlaceType.UrbanArea, "PE").SetParent(lima).Describe(population: 40000);

        Assert.Equal(peru.Id, lima.ParentId);
        Assert.Equal(lima.Id, ensenada.ParentId);
        Assert.Equal(40000, ensenada.Population);
    }

    [Fact]
    public void MacroRegionsNeedNoCountryAndContainCountries()
    {
        var latinAmerica = new Place("Latin America & Caribbean", PlaceType.MacroRegion, null).SetCodes(m49Code: "419");

        Assert.Equal(latinAmerica.Id, new Place("Peru", PlaceType.Country, "PE").SetParent(latinAmerica).ParentId);
    }

    [Fact]
    public void CountryCodeIsRequiredBelowMacroRegions() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "A City place needs a country code.", () => new Place("Lima", PlaceType.City, null));

    [Fact]
    public void ParentMustBeALargerKindOfPlace() =>
        DomainAssert.Throws(
            DomainErrorCodes.PlaceHierarchyInvalid,
            "A Country cannot be placed inside a City: a parent must be a larger kind of place.",
            () => new Place("Peru", PlaceType.Country, "PE").SetParent(new Place("Lima", PlaceType.City, "PE")));

    [Fact]
    public void ParentMustBeInTheSameCountry() =>
        DomainAssert.Throws(
            DomainErrorCodes.PlaceCountryMismatch,
            "Barcelona (ES) cannot be inside Peru (PE): the countries differ.",
            () => new Place("Barcelona", PlaceType.City, "ES").SetParent(new Place("Peru", PlaceType.Country, "PE")));

    [Fact]
    public void SubdivisionCodeMustStartWithTheCountry() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "ISO 3166-2 code 'BO-C' must look like PE-ABC and start with the place's country code.",
            () => new Place("Cochabamba", PlaceType.Admin1, "PE").SetCodes("BO-C"));

    [Fact]
    public void M49CodeIsThreeDigits() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "UN M49 code '34' must be three digits, e.g. 419.",
            () => new Place("Southern Asia", PlaceType.MacroRegion, null).SetCodes(m49Code: "34"));

    [Fact]
    public void PopulationCannotBeNegative() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            "Population must not be negative, got -1.",
            () => new Place("Ate", PlaceType.District, "PE").Describe(population: -1));

    [Fact]
    public void CannotBeItsOwnParent()
    {
        var place = new Place("Lima", PlaceType.City, "PE");

        DomainAssert.Throws(DomainErrorCodes.SelfReference, $"Place {place.Id} cannot be its own parent.", () => place.SetParent(place));
    }

    [Fact]
    public void PointMustBeOnTheGlobe() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            "Point (91, 0) is outside latitude −90…90 / longitude −180…180.",
            () => new GeoPoint(91, 0));
}
