using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;

namespace SolidarityGraph.Domain.Tests.Events;

public sealed class EventTests
{
    [Fact]
    public void KeepsTheStatedPrecision()
    {
        var dakar = new Event("GSEF workshop, Dakar", EventType.Workshop).Schedule(PartialDate.OfMonth(2019, 5), PartialDate.OfMonth(2019, 5));

        Assert.Equal(DatePrecision.Month, dakar.Start!.Precision);
    }

    [Fact]
    public void StartMustNotBeAfterEnd() =>
        DomainAssert.Throws(
            DomainErrorCodes.DateRangeInverted,
            "Event start (2019-11-28) must not be after Event end (2019-11-27).",
            () => new Event("E4", EventType.Workshop).Schedule(PartialDate.OfDay(2019, 11, 28), PartialDate.OfDay(2019, 11, 27)));

    [Fact]
    public void AudienceTypesAreUpperCaseCodes() =>
        DomainAssert.Throws(
            DomainErrorCodes.InvalidFormat,
            "Audience type 'universities' must be an upper-case code such as SPONSOR_LIAISON.",
            () => new Event("E4", EventType.Workshop).Describe(audienceTypes: ["universities"]));

    [Fact]
    public void FeaturedExperienceNeedsALabel() =>
        DomainAssert.Throws(
            DomainErrorCodes.Required,
            "Featured experience label is required.",
            () => new Event("E4", EventType.Workshop).Describe(featuredExperiences: [new FeaturedExperience(" ")]));

    [Fact]
    public void TrainingNeedsATitle() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Training title is required.", () => new Training(Ids.A, "", TrainingTargetGroup.Mixed));

    [Fact]
    public void SeriesNeedsATitle() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Event series title is required.", () => new EventSeries(""));
}
