using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Indicators;

public sealed class IndicatorTotalsTests
{
    private static (string, IndicatorValue) Value(string code, decimal value, Comparator comparator) =>
        (code, new IndicatorValue(EntityId.New(), IndicatorValueKind.Actual, value, comparator));

    [Fact]
    public void AnApproximateOrMoreThanValueMakesTheTotalALowerBound()
    {
        Assert.Equal(new IndicatorTotal("SG:X", 123, false), IndicatorTotals.Sum("SG:X", [Value("SG:X", 100, Comparator.Eq), Value("SG:X", 23, Comparator.Eq)]));
        Assert.True(IndicatorTotals.Sum("SG:X", [Value("SG:X", 100, Comparator.Eq), Value("SG:X", 23, Comparator.Gt)]).IsLowerBound);
        Assert.True(IndicatorTotals.Sum("SG:X", [Value("SG:X", 303, Comparator.Approx)]).IsLowerBound);
    }

    [Fact]
    public void DifferentIndicatorCodesAreNeverAdded()
    {
        var error = Assert.Throws<DomainException>(() => IndicatorTotals.Sum("SG:X", [Value("SG:X", 1, Comparator.Eq), Value("SG:Y", 1, Comparator.Eq)]));
        Assert.Equal(IndicatorTotals.MixedCodes, error.Code);
    }
}
