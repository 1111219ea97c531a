using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;

namespace SolidarityGraph.Domain.Tests.Organisations;

public sealed class OrganisationTests
{
    [Fact]
    public void DefaultsToUnknownSseTypeAndKeepsCodes()
    {
        var setec = new Organisation(" setec Foundation ", OrganisationKind.Foundation)
            .Classify(iatiOrgType: 60)
            .Locate(countryCode: "FR")
            .AddExternalId(new ExternalId(ExternalIdScheme.SetecProject, "8787"))
            .AddExternalId(new ExternalId(ExternalIdScheme.SetecProject, "8787"));

        Assert.Equal("setec Foundation", setec.Name);
        Assert.Equal(60, setec.IatiOrgType);
        Assert.Single(setec.ExternalIds);

        Assert.Equal(SseEntityType.Unknown, new Organisation("GSEF", OrganisationKind.Network).SseEntityType);
    }

    [Fact]
    public void NameIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Organisation name is required.", () => new Organisation("", OrganisationKind.Ngo));

    [Fact]
    public void IatiOrganisationTypeMustBeInTheCodelist() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "IATI organisation type 61 is not in the OrganisationType codelist (10, 11, 15, 21–24, 30, 40, 60, 70–73, 80, 90).",
            () => new Organisation("x", OrganisationKind.Foundation).Classify(iatiOrgType: 61));

    [Fact]
    public void CountryMustBeIsoAlpha2() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Organisation country 'Peru' is not an ISO 3166-1 alpha-2 code: expected two uppercase letters.",
            () => new Organisation("x", OrganisationKind.Ngo).Locate(countryCode: "Peru"));

    [Fact]
    public void CannotBeItsOwnParent()
    {
        var organisation = new Organisation("OPAI", OrganisationKind.GovernmentUnit);
        organisation.AssignId(Ids.A);

        DomainAssert.Throws(DomainErrorCodes.SelfReference, $"Organisation {Ids.A} cannot be its own parent.", () => organisation.SetParent(Ids.A));
    }

    [Fact]
    public void ExternalIdValueIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "External id value is required.", () => new ExternalId(ExternalIdScheme.Wikidata, " "));
}
