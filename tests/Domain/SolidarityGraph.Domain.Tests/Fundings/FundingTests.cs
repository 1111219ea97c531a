using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Fundings;

public sealed class FundingTests
{
    private static readonly string Setec = Ids.A;
    private static readonly string ManoAMano = Ids.B;
    private static readonly string P3 = Ids.C;

    [Fact]
    public void AmountWithoutCurrencyIsRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.FundingCurrencyRequired,
            "A funding amount needs a currency: give an ISO 4217 code such as EUR.",
            () => new Funding(Setec, ManoAMano, P3, amount: 16322m, currency: null));

    [Fact]
    public void UnknownAmountStaysNullNeverZero()
    {
        var funding = new Funding(Setec, ManoAMano, projectId: null);

        Assert.Null(funding.Amount);
        Assert.Null(funding.Currency);
        Assert.Null(funding.Value);
        Assert.Null(funding.Share);
    }

    [Fact]
    public void SetecToManoAManoShareIsDerivedFromTheBudget()
    {
        var budget = new Budget(P3, new Money(69966.00m, "EUR"));
        var funding = new Funding(Setec, ManoAMano, P3, 16322.00m, "EUR")
            .Describe(FundingInstrument.Contribution, FlowStage.Commitment, programme: "Transition 2024 Fund");

        var share = funding.DeriveShare(budget);

        Assert.Equal(0.2333m, share);
        Assert.Equal(0.2333m, funding.Share);
        Assert.Equal(AssertionKind.Derived, funding.ShareAssertion);
    }

    [Fact]
    public void DerivedShareCarriesADerivedCitation()
    {
        var budget = new Budget(P3, new Money(69966.00m, "EUR"));
        var funding = new Funding(Setec, ManoAMano, P3, 16322.00m, "EUR");
        var share = funding.DeriveShare(budget);

        var citation = Citation.Derived(
            funding.AsSubject(),
            Ids.A,
            "The setec Foundation is supporting the project with a contribution of 16,322 euros",
            DerivedShare.Rationale(funding.Value!, budget.Value, share),
            "share");

        Assert.Equal(AssertionKind.Derived, citation.Assertion);
        Assert.Equal(new[] { "share" }, citation.Supports);
        Assert.Equal("16322.00 EUR / 69966.00 EUR = 0.2333 (rounded to 4 places, midpoint away from zero)", citation.Rationale);
    }

    [Fact]
    public void ChangingTheAmountClearsTheDerivedShare()
    {
        var funding = new Funding(Setec, ManoAMano, P3, 16322m, "EUR");
        funding.DeriveShare(new Budget(P3, new Money(69966m, "EUR")));

        funding.SetAmount(20000m, "EUR");

        Assert.Null(funding.Share);
        Assert.Null(funding.ShareAssertion);
    }

    [Fact]
    public void ShareOfAnUnknownAmountIsRejected()
    {
        var funding = new Funding(Setec, ManoAMano, P3);
        funding.AssignId(Ids.A);

        DomainAssert.Throws(
            DomainErrorCodes.ShareAmountUnknown,
            $"Cannot derive a share for Funding {Ids.A}: its amount is unknown.",
            () => funding.DeriveShare(new Budget(P3, new Money(69966m, "EUR"))));
    }

    [Fact]
    public void ShareAgainstAnotherProjectsBudgetIsRejected()
    {
        var funding = new Funding(Setec, ManoAMano, P3, 16322m, "EUR");
        funding.AssignId(Ids.A);
        var budget = new Budget(Ids.B, new Money(69966m, "EUR"));
        budget.AssignId(Ids.C);

        DomainAssert.Throws(
            DomainErrorCodes.ShareBudgetOfOtherProject,
            $"Cannot derive a share for Funding {Ids.A}: Budget {Ids.C} belongs to Project {Ids.B}, not Project {P3}.",
            () => funding.DeriveShare(budget));
    }

    [Fact]
    public void CurrencyWithoutAmountIsRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.FundingCurrencyWithoutAmount,
            "A funding with an unknown amount cannot have a currency (got 'EUR'); leave both empty.",
            () => new Funding(Setec, ManoAMano, P3, amount: null, currency: "EUR"));

    [Fact]
    public void InvalidCurrencyIsRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.MoneyInvalidCurrency,
            "Currency 'euros' is not an ISO 4217 code: expected three uppercase letters such as EUR.",
            () => new Funding(Setec, ManoAMano, P3, 16322m, "euros"));

    [Fact]
    public void NegativeAmountIsRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.AmountNegative,
            "A funding amount must not be negative, got -1.",
            () => new Funding(Setec, ManoAMano, P3, -1m, "EUR"));

    [Fact]
    public void RecipientOrProjectIsRequired() =>
        DomainAssert.Throws(
            DomainErrorCodes.FundingTargetRequired,
            "A funding needs a recipient organisation, a project, or both.",
            () => new Funding(Setec, recipientId: null, projectId: null));

    [Fact]
    public void FunderCannotFundItself() =>
        DomainAssert.Throws(
            DomainErrorCodes.FundingSelfFunding,
            $"Organisation {Setec} cannot fund itself.",
            () => new Funding(Setec, Setec, P3));

    [Fact]
    public void FunderIdIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Funder id is required.", () => new Funding("", ManoAMano, P3));

    [Fact]
    public void MalformedRecipientIdIsRejected() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidId,
            "Recipient id 'O9' is not a valid SolidarityGraph id.",
            () => new Funding(Setec, "O9", P3));
}
