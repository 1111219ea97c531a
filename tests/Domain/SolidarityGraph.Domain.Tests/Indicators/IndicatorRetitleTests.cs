using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Indicators;

public sealed class IndicatorRetitleTests
{
    [Fact]
    public void RetitleChangesTitleAndMeasureButNeverTheCode()
    {
        var indicator = new Indicator(Ids.A, "SG:WOMEN_TRAINED", "Women trained").Retitle("Women entrepreneurs trained", IndicatorMeasure.Percentage);

        Assert.Equal(("SG:WOMEN_TRAINED", "Women entrepreneurs trained", IndicatorMeasure.Percentage), (indicator.Code, indicator.Title, indicator.Measure));
    }

    [Fact]
    public void RetitleNeedsATitle() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Indicator title is required.", () => new Indicator(Ids.A, "SG:X", "X").Retitle(" ", IndicatorMeasure.Unit));
}
