using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Classifications;

public sealed class ClassificationTests
{
    private static readonly SubjectRef P3 = new(NodeKind.Project, Ids.A);

    [Theory]
    [InlineData(ClassificationScheme.Dac5, "43030")]
    [InlineData(ClassificationScheme.SdgGoal, "5")]
    [InlineData(ClassificationScheme.SdgGoal, "17")]
    [InlineData(ClassificationScheme.SdgTarget, "11.7")]
    [InlineData(ClassificationScheme.SdgTarget, "5.a")]
    [InlineData(ClassificationScheme.GenderMarker, "2")]
    [InlineData(ClassificationScheme.EssglobalTheme, "T14")]
    [InlineData(ClassificationScheme.EssglobalActivity, "AM120")]
    [InlineData(ClassificationScheme.EssglobalOs, "OS115")]
    [InlineData(ClassificationScheme.GsefTopic, "Social Cohesion")]
    public void AcceptsValidCodes(ClassificationScheme scheme, string code) =>
        Assert.Equal(code, new Classification(P3, scheme, code, curator: "steward").Code);

    [Theory]
    [InlineData(ClassificationScheme.Dac5, "4303", "expected five digits such as 43030")]
    [InlineData(ClassificationScheme.SdgGoal, "18", "expected a goal number from 1 to 17")]
    [InlineData(ClassificationScheme.SdgGoal, "05", "expected a goal number from 1 to 17")]
    [InlineData(ClassificationScheme.SdgTarget, "18.1", "expected goal.target such as 5.4 or 5.a")]
    [InlineData(ClassificationScheme.SdgTarget, "5", "expected goal.target such as 5.4 or 5.a")]
    [InlineData(ClassificationScheme.GenderMarker, "3", "expected 0, 1 or 2")]
    [InlineData(ClassificationScheme.EssglobalTheme, "14", "expected T followed by digits such as T14")]
    [InlineData(ClassificationScheme.EssglobalActivity, "A120", "expected AM followed by digits such as AM120")]
    [InlineData(ClassificationScheme.EssglobalOs, "OS", "expected OS followed by digits such as OS115")]
    public void RejectsMalformedCodes(ClassificationScheme scheme, string code, string expected) =>
        DomainAssert.Throws(
            DomainErrorCodes.ClassificationCodeInvalid,
            $"'{code}' is not a valid {scheme} code ({expected}).",
            () => new Classification(P3, scheme, code, curator: "steward"));

    [Fact]
    public void CuratedClassificationNeedsACurator() =>
        DomainAssert.Throws(
            DomainErrorCodes.CitationCuratorRequired,
            "A curated SdgGoal classification must name its curator.",
            () => new Classification(P3, ClassificationScheme.SdgGoal, "5"));

    [Fact]
    public void StatedTopicNeedsNoCurator() =>
        Assert.Null(new Classification(P3, ClassificationScheme.GsefTopic, "Social Cohesion", AssertionKind.Stated).Curator);

    [Fact]
    public void SignificanceIsZeroToFour() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            "Significance must be between 0 and 4, got 5.",
            () => new Classification(P3, ClassificationScheme.GenderMarker, "2", curator: "s").Weigh(significance: 5));

    [Fact]
    public void PercentageIsZeroToHundred() =>
        DomainAssert.Throws(
            DomainErrorCodes.OutOfRange,
            "Classification percentage must be between 0 and 100, got -5.",
            () => new Classification(P3, ClassificationScheme.Dac5, "43030", curator: "s").Weigh(percentage: -5m));
}
