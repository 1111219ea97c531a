using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Sources;

public sealed class CitationTests
{
    private static readonly SubjectRef Subject = new(NodeKind.Funding, Ids.A);
    private static readonly DateTime Now = new(2025, 1, 15, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void StatedCitationKeepsQuoteAndSupportedFields()
    {
        var citation = Citation.Stated(Subject, Ids.B, "a contribution of 16,322 euros", "amount", "currency").Locate(10, 40);

        Assert.Equal(AssertionKind.Stated, citation.Assertion);
        Assert.Equal(new[] { "amount", "currency" }, citation.Supports);
        Assert.Equal((10, 40), (citation.CharStart!.Value, citation.CharEnd!.Value));
        Assert.Equal(Subject, citation.Subject);
    }

    [Fact]
    public void CuratedCitationRecordsCuratorAndRationale()
    {
        var citation = Citation.Curated(Subject, Ids.B, "supporting the project", "steward", "grant-like contribution", Now, "instrument");

        Assert.Equal(AssertionKind.Curated, citation.Assertion);
        Assert.Equal("steward", citation.Curator);
        Assert.Equal(Now, citation.CuratedAt);
    }

    [Fact]
    public void QuoteIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Citation quote is required.", () => Citation.Stated(Subject, Ids.B, "", "amount"));

    [Fact]
    public void SourceIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Citation source id is required.", () => Citation.Stated(Subject, "", "q", "amount"));

    [Fact]
    public void SubjectIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Citation subject is required.", () => Citation.Stated(null!, Ids.B, "q", "amount"));

    [Fact]
    public void AtLeastOneSupportedFieldIsRequired() =>
        DomainAssert.Throws(
            DomainErrorCodes.CitationSupportsRequired,
            "A citation must name at least one supported field, e.g. [\"amount\", \"currency\"].",
            () => Citation.Stated(Subject, Ids.B, "q"));

    [Fact]
    public void DerivedCitationNeedsARationale() =>
        DomainAssert.Throws(
            DomainErrorCodes.CitationRationaleRequired,
            "A DERIVED citation must state how the value was computed.",
            () => Citation.Derived(Subject, Ids.B, "q", " ", "share"));

    [Fact]
    public void CuratedCitationNeedsACurator() =>
        DomainAssert.Throws(
            DomainErrorCodes.CitationCuratorRequired,
            "A CURATED citation must name its curator.",
            () => Citation.Curated(Subject, Ids.B, "q", "", "why", Now, "instrument"));

    [Fact]
    public void CuratedCitationNeedsARationale() =>
        DomainAssert.Throws(
            DomainErrorCodes.CitationRationaleRequired,
            "A CURATED citation must give a rationale.",
            () => Citation.Curated(Subject, Ids.B, "q", "steward", "", Now, "instrument"));

    [Fact]
    public void RevisingChangesSupportsAndRationaleButNotTheEvidence()
    {
        var citation = Citation.Stated(Subject, Ids.B, "a contribution of 16,322 euros", "amount").Locate(10, 40);

        citation.Revise([" amount ", "currency"], "The currency is named in the same sentence.", "bea", Now);

        Assert.Equal(["amount", "currency"], citation.Supports);
        Assert.Equal("The currency is named in the same sentence.", citation.Rationale);
        Assert.Equal(("a contribution of 16,322 euros", Ids.B, AssertionKind.Stated, 10), (citation.Quote, citation.SourceId, citation.Assertion, citation.CharStart!.Value));
        Assert.Null(citation.Curator);
    }

    [Fact]
    public void RevisingACuratedCitationMakesTheJudgementTheRevisers()
    {
        var later = Now.AddDays(3);
        var citation = Citation.Curated(Subject, Ids.B, "supporting the project", "ana", "grant-like contribution", Now, "instrument");

        citation.Revise(["instrument"], "A grant: no repayment is mentioned.", "bea", later);

        Assert.Equal(("bea", later, "A grant: no repayment is mentioned."), (citation.Curator, citation.CuratedAt, citation.Rationale));
    }

    [Fact]
    public void RevisingKeepsTheRules()
    {
        var derived = Citation.Derived(Subject, Ids.B, "q", "16,322 / 69,966", "share");
        DomainAssert.Throws(DomainErrorCodes.CitationRationaleRequired, "A DERIVED citation must state how the value was computed.", () => derived.Revise(["share"], " ", "bea", Now));
        DomainAssert.Throws(
            DomainErrorCodes.CitationSupportsRequired,
            "A citation must name at least one supported field, e.g. [\"amount\", \"currency\"].",
            () => derived.Revise([], "why", "bea", Now));
        var curated = Citation.Curated(Subject, Ids.B, "q", "ana", "why", Now, "instrument");
        DomainAssert.Throws(DomainErrorCodes.CitationCuratorRequired, "A CURATED citation must name its curator.", () => curated.Revise(["instrument"], "why", "", Now));
        Assert.Equal(("16,322 / 69,966", "ana"), (derived.Rationale, curated.Curator)); // a refused revision changes nothing
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    public void SpanMustBeForwardAndNonNegative(int start, int end) =>
        DomainAssert.Throws(
            DomainErrorCodes.CitationSpanInvalid,
            $"Citation span [{start}, {end}) is invalid: start must be ≥ 0 and end must be after start.",
            () => Citation.Stated(Subject, Ids.B, "q", "amount").Locate(start, end));

    [Fact]
    public void SubjectIdMustBeAnEntityId() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidId,
            "Subject id 'P3' is not a valid SolidarityGraph id.",
            () => new SubjectRef(NodeKind.Project, "P3"));
}
