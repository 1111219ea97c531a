using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Tests.Campaigns;

public sealed class CampaignRenameTests
{
    [Fact]
    public void RenameSetsBothNamesAndKeepsTheProject()
    {
        var campaign = new Campaign(Ids.A, "Homework").Rename("Homework Benefits Us", " La tarea nos beneficia ");

        Assert.Equal(("Homework Benefits Us", "La tarea nos beneficia", Ids.A), (campaign.Name, campaign.NameOriginal, campaign.ProjectId));
        Assert.Null(campaign.Rename("Homework", "  ").NameOriginal);
    }

    [Fact]
    public void RenameNeedsAName() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Campaign name is required.", () => new Campaign(Ids.A, "Homework").Rename("", null));
}
