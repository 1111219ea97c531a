using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;

namespace SolidarityGraph.Domain.Tests.Organisations;

/// <summary><see cref="Organisation.Edit"/>: the one edit path of the admin forms and the organisation mutations.</summary>
public sealed class OrganisationEditTests
{
    [Fact]
    public void EditReplacesTheGivenDetailsAndKeepsTheOthers()
    {
        var organisation = new Organisation("setec", OrganisationKind.Foundation).Locate(foundedOn: PartialDate.OfYear(1994));

        organisation.Edit(OrganisationDetails.Of(organisation) with { Name = " setec Foundation ", CountryCode = "CH", IatiOrgType = 60 });

        Assert.Equal(("setec Foundation", "CH", 60, PartialDate.OfYear(1994)), (organisation.Name, organisation.CountryCode, organisation.IatiOrgType, organisation.FoundedOn));
    }

    [Theory]
    [InlineData(nameof(OrganisationDetails.Name), DomainErrorCodes.Required)]
    [InlineData(nameof(OrganisationDetails.CountryCode), DomainErrorCodes.InvalidFormat)]
    [InlineData(nameof(OrganisationDetails.ParentId), DomainErrorCodes.SelfReference)]
    public void EachBrokenRuleNamesItsDetailAndChangesNothing(string detail, string code)
    {
        var organisation = new Organisation("setec", OrganisationKind.Foundation);
        organisation.AssignId(Ids.A);
        var before = OrganisationDetails.Of(organisation);
        var broken = detail switch
        {
            nameof(OrganisationDetails.Name) => before with { Name = "" },
            nameof(OrganisationDetails.CountryCode) => before with { CountryCode = "Switzerland" },
            _ => before with { ParentId = Ids.A },
        };

        var error = Assert.Throws<InvalidDetailException>(() => organisation.Edit(broken with { Website = "https://example.org" }));

        Assert.Equal((detail, code), (error.Detail, error.Code));
        Assert.Equal(before, OrganisationDetails.Of(organisation));
    }
}
