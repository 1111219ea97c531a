using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Memberships;

namespace SolidarityGraph.Domain.Tests.Memberships;

public sealed class MembershipTests
{
    [Fact]
    public void OrganisationCannotBeAMemberOfItself() =>
        DomainAssert.Throws(
            DomainErrorCodes.SelfReference, $"Organisation {Ids.A} cannot be a member of itself.", () => new Membership(Ids.A, Ids.A));

    [Fact]
    public void AffiliationValidityMustBeOrdered() =>
        DomainAssert.Throws(
            DomainErrorCodes.DateRangeInverted,
            "Affiliation start (2024) must not be after Affiliation end (2023).",
            () => new Affiliation(Ids.A, Ids.B, "Project Director").SetValidity(PartialDate.OfYear(2024), PartialDate.OfYear(2023)));

    [Fact]
    public void AffiliationKeepsTheVerbatimTitle() =>
        Assert.Equal("Chief of Operations, Other Economies", new Affiliation(Ids.A, Ids.B, "Chief of Operations, Other Economies", true).Title);
}
