using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Projects;

public sealed class BudgetAndEdgeTests
{
    [Fact]
    public void BudgetCannotBeNegative() =>
        DomainAssert.Throws(
            DomainErrorCodes.AmountNegative, "Budget value must not be negative, got -1 EUR.", () => new Budget(Ids.A, new Money(-1m, "EUR")));

    [Fact]
    public void BudgetValueIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Budget value is required.", () => new Budget(Ids.A, null!));

    [Fact]
    public void BudgetPeriodMustBeOrdered() =>
        DomainAssert.Throws(
            DomainErrorCodes.DateRangeInverted,
            "Budget period start (2025-12) must not be after Budget period end (2025-11).",
            () => new Budget(Ids.A, new Money(1m, "EUR")).SetPeriod(PartialDate.OfMonth(2025, 12), PartialDate.OfMonth(2025, 11)));

    [Theory]
    [InlineData(ParticipationRole.Funding, 1)]
    [InlineData(ParticipationRole.Accountable, 2)]
    [InlineData(ParticipationRole.Extending, 3)]
    [InlineData(ParticipationRole.Implementing, 4)]
    [InlineData(ParticipationRole.Partner, null)]
    [InlineData(ParticipationRole.Subject, null)]
    public void ParticipationMapsToIatiRoleCodes(ParticipationRole role, int? code) =>
        Assert.Equal(code, new Participation(Ids.A, Ids.B, role).IatiRoleCode);

    [Fact]
    public void ParticipationPeriodMustBeOrdered() =>
        DomainAssert.Throws(
            DomainErrorCodes.DateRangeInverted,
            "Participation start (2022) must not be after Participation end (2021).",
            () => new Participation(Ids.A, Ids.B, ParticipationRole.Partner).SetPeriod(PartialDate.OfYear(2022), PartialDate.OfYear(2021)));

    [Fact]
    public void ProjectRoleIsAnUpperCaseCode() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Project role 'sponsor liaison' must be an upper-case code such as SPONSOR_LIAISON.",
            () => new ProjectRole(Ids.A, Ids.B, "sponsor liaison"));

    [Fact]
    public void LocationPercentageIsBounded() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            "Project location percentage must be between 0 and 100, got 101.",
            () => new ProjectLocation(Ids.A, Ids.B, LocationRole.ActivitySite, 101m));

    [Fact]
    public void AgreementLastsAtLeastAMonth() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            "Agreement duration must be at least 1 month, got 0.",
            () => new Agreement("2-year commitment agreement").SetTerms(0, null, "Dirigeants"));

    [Fact]
    public void ResultTitleIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Result title is required.", () => new Result(Ids.A, " "));
}
