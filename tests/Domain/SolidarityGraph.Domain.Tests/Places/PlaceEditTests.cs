using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Domain.Tests.Places;

/// <summary><see cref="Place.Edit"/>: the one edit path of the admin place forms and the place mutations.</summary>
public sealed class PlaceEditTests
{
    [Fact]
    public void EditReplacesTheGivenDetailsAndKeepsTheOthers()
    {
        var bolivia = new Place("Bolivia", PlaceType.Country, "BO");
        bolivia.AssignId(Ids.B);
        var place = new Place("Villa Tunari", PlaceType.City, "BO").SetCodes(m49Code: "068");

        place.Edit(PlaceDetails.Of(place) with { Name = " Villa Tunari municipality ", ParentId = Ids.B, Population = 72000 }, bolivia);

        Assert.Equal(("Villa Tunari municipality", Ids.B, 72000L, "068"), (place.Name, place.ParentId, place.Population, place.M49Code));
    }

    [Theory]
    [InlineData(nameof(PlaceDetails.Name), DomainErrorCodes.Required)]
    [InlineData(nameof(PlaceDetails.Iso3166_2), DomainErrorCodes.InvalidFormat)]
    [InlineData(nameof(PlaceDetails.M49Code), DomainErrorCodes.InvalidFormat)]
    [InlineData(nameof(PlaceDetails.ParentId), DomainErrorCodes.PlaceCountryMismatch)]
    [InlineData(nameof(PlaceDetails.Population), DomainErrorCodes.OutOfRange)]
    public void EachBrokenRuleNamesItsDetailAndChangesNothing(string detail, string code)
    {
        var peru = new Place("Peru", PlaceType.Country, "PE");
        peru.AssignId(Ids.B);
        var place = new Place("Villa Tunari", PlaceType.City, "BO");
        place.AssignId(Ids.A);
        var before = PlaceDetails.Of(place);
        var broken = detail switch
        {
            nameof(PlaceDetails.Name) => before with { Name = " " },
            nameof(PlaceDetails.Iso3166_2) => before with { Iso3166_2 = "PE-LIM" },
            nameof(PlaceDetails.M49Code) => before with { M49Code = "68" },
            nameof(PlaceDetails.ParentId) => before with { ParentId = Ids.B },
            _ => before with { Population = -1 },
        };

        var error = Assert.Throws<InvalidDetailException>(() => place.Edit(broken with { GeonamesId = 3901547 }, broken.ParentId is null ? null : peru));

        Assert.Equal((detail, code), (error.Detail, error.Code));
        Assert.Equal(before, PlaceDetails.Of(place));
    }

    [Fact]
    public void TheParentGivenMustBeTheOneTheDetailsName()
    {
        var place = new Place("Villa Tunari", PlaceType.City, "BO");

        Assert.Throws<ArgumentException>(() => place.Edit(PlaceDetails.Of(place) with { ParentId = Ids.B }, null));
    }
}
