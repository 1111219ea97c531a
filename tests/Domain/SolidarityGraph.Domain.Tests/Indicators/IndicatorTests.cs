using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Indicators;

public sealed class IndicatorTests
{
    [Theory]
    [InlineData(Comparator.Eq, false)]
    [InlineData(Comparator.Approx, true)]
    [InlineData(Comparator.Gt, true)]
    [InlineData(Comparator.Gte, true)]
    [InlineData(Comparator.Lt, false)]
    [InlineData(Comparator.Lte, false)]
    public void ApproximateAndGreaterThanValuesAreLowerBounds(Comparator comparator, bool lowerBound) =>
        Assert.Equal(lowerBound, new IndicatorValue(Ids.A, IndicatorValueKind.Actual, 303m, comparator).IsLowerBound);

    [Fact]
    public void ValueKeepsDimensions()
    {
        var value = new IndicatorValue(Ids.A, IndicatorValueKind.Actual, 303m, Comparator.Approx)
            .Qualify(dimensions: [new Dimension("sex", "female")]);

        Assert.Equal(new Dimension("sex", "female"), Assert.Single(value.Dimensions));
    }

    [Fact]
    public void IndicatorCodeHasNoSpaces() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Indicator code 'women trained' must not contain spaces, e.g. SG:WOMEN_TRAINED.",
            () => new Indicator(Ids.A, "women trained", "Women trained"));

    [Fact]
    public void IndicatorTitleIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Indicator title is required.", () => new Indicator(Ids.A, "SG:WOMEN_TRAINED", ""));

    [Fact]
    public void ValueIsLimitedToFourDecimalPlaces() =>
        DomainAssert.Throws(
            DomainErrorCodes.MoneyTooPrecise,
            "Indicator value 0.51234 has more than 4 decimal places.",
            () => new IndicatorValue(Ids.A, IndicatorValueKind.Target, 0.51234m));

    [Fact]
    public void PeriodMustBeOrdered() =>
        DomainAssert.Throws(
            DomainErrorCodes.DateRangeInverted,
            "Indicator value period start (2019) must not be after Indicator value period end (2004).",
            () => new IndicatorValue(Ids.A, IndicatorValueKind.Context, 20m).Qualify(PartialDate.OfYear(2019), PartialDate.OfYear(2004)));

    [Fact]
    public void DimensionNeedsAName() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Dimension name is required.", () => new Dimension("", "female"));
}
