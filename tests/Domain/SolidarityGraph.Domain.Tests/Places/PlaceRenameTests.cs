using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Domain.Tests.Places;

public sealed class PlaceRenameTests
{
    [Fact]
    public void RenameKeepsTypeCountryAndParent()
    {
        var peru = new Place("Peru", PlaceType.Country, "PE");
        var lima = new Place("Lima", PlaceType.Admin1, "PE").SetParent(peru).Rename("  Lima Region ");

        Assert.Equal(("Lima Region", PlaceType.Admin1, "PE", peru.Id), (lima.Name, lima.Type, lima.CountryCode, lima.ParentId));
    }

    [Fact]
    public void RenameNeedsAName() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Place name is required.", () => new Place("Lima", PlaceType.City, "PE").Rename(" "));
}
