using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    [Fact]
    public void KeepsMaterialsAndUnknownOriginalName()
    {
        var campaign = new Campaign(Ids.A, "Homework Benefits Us")
            .Describe(materials: [new CampaignMaterial(MaterialType.RadioSpot, " "), new CampaignMaterial(MaterialType.Mural)]);

        Assert.Null(campaign.NameOriginal);
        Assert.Equal(new[] { MaterialType.RadioSpot, MaterialType.Mural }, campaign.Materials.Select(m => m.Type));
        Assert.Null(campaign.Materials[0].Title);
    }

    [Fact]
    public void NameIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Campaign name is required.", () => new Campaign(Ids.A, ""));

    [Fact]
    public void ProjectIsRequired() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Campaign project id is required.", () => new Campaign("", "Homework Benefits Us"));
}
