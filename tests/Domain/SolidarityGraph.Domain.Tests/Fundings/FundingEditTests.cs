using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Fundings;

/// <summary><see cref="Domain.Fundings.Funding.Edit"/> and <see cref="Participation.Edit"/>: the edit paths of the two edges.</summary>
public sealed class FundingEditTests
{
    [Fact]
    public void AFundingEditReplacesAmountAndTermsAndClearsTheDerivedShare()
    {
        var funding = new Funding(Ids.A, null, Ids.C, 16322m, "EUR");
        funding.DeriveShare(new Budget(Ids.C, new Money(69966m, "EUR")));

        funding.Edit(new FundingDetails(20000m, " EUR ", FundingInstrument.Grant, FlowStage.Disbursement, PartialDate.OfYear(2023), "Fund", "Ovens"));

        Assert.Equal(new FundingDetails(20000m, "EUR", FundingInstrument.Grant, FlowStage.Disbursement, PartialDate.OfYear(2023), "Fund", "Ovens"), FundingDetails.Of(funding));
        Assert.Null(funding.Share);
    }

    [Fact]
    public void AFundingEditWithABrokenAmountRuleChangesNothing()
    {
        var funding = new Funding(Ids.A, null, Ids.C, 16322m, "EUR").Describe(programme: "Fund");
        var before = FundingDetails.Of(funding);

        DomainAssert.Throws(
            DomainErrorCodes.FundingCurrencyRequired,
            "A funding amount needs a currency: give an ISO 4217 code such as EUR.",
            () => funding.Edit(before with { Amount = 1m, Currency = " ", Programme = "Other" }));

        Assert.Equal(before, FundingDetails.Of(funding));
    }

    [Fact]
    public void AParticipationEditMovesItsPeriodForwardInOneStep()
    {
        var participation = new Participation(Ids.A, Ids.C, ParticipationRole.Partner).SetPeriod(PartialDate.OfYear(2020), PartialDate.OfYear(2021));

        participation.Edit(new ParticipationDetails(PartialDate.OfYear(2022), PartialDate.OfYear(2023)));

        Assert.Equal((PartialDate.OfYear(2022), PartialDate.OfYear(2023)), (participation.Since, participation.Until));
        DomainAssert.Throws(
            DomainErrorCodes.DateRangeInverted,
            "Participation start (2024) must not be after Participation end (2023).",
            () => participation.Edit(new ParticipationDetails(PartialDate.OfYear(2024), PartialDate.OfYear(2023))));
        Assert.Equal(PartialDate.OfYear(2022), participation.Since);
    }
}
