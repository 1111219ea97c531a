using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;

namespace SolidarityGraph.Domain.Tests.Events;

public sealed class RetitleTests
{
    [Fact]
    public void EventRetitleChangesTitleAndKindOnly()
    {
        var forum = new Event("GSEF forum", EventType.Forum).Schedule(PartialDate.OfYear(2018), null).Retitle("GSEF 2018 Bilbao", EventType.Meeting);

        Assert.Equal(("GSEF 2018 Bilbao", EventType.Meeting, PartialDate.OfYear(2018)), (forum.Title, forum.Type, forum.Start));
    }

    [Fact]
    public void EventRetitleNeedsATitle() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Event title is required.", () => new Event("Forum", EventType.Forum).Retitle("", EventType.Forum));

    [Fact]
    public void SeriesRetitleSetsTheOrganiserAndChecksItsId()
    {
        var series = new EventSeries("Workshops").Retitle("GSEF Training & Workshop Series", Ids.A);

        Assert.Equal(("GSEF Training & Workshop Series", Ids.A), (series.Title, series.OrganiserId));
        Assert.Null(series.Retitle("Workshops", null).OrganiserId);
        Assert.Equal(DomainErrorCodes.InvalidId, Assert.Throws<DomainException>(() => series.Retitle("Workshops", "not an id")).Code);
    }

    [Fact]
    public void TrainingRetitleKeepsTheProject()
    {
        var training = new Training(Ids.A, "Bakery", TrainingTargetGroup.Mixed).Retitle("Bakery and pastry", TrainingTargetGroup.WomenEntrepreneurs);

        Assert.Equal(("Bakery and pastry", TrainingTargetGroup.WomenEntrepreneurs, Ids.A), (training.Title, training.TargetGroup, training.ProjectId));
        DomainAssert.Throws(DomainErrorCodes.Required, "Training title is required.", () => training.Retitle(" ", TrainingTargetGroup.Mixed));
    }
}
