using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Campaigns;

namespace SolidarityGraph.Api.Pages.Admin.Campaigns;

/// <summary>Creates a campaign through the domain's edit path, like <c>createCampaign</c>.</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : RecordCreatePageModel<Campaign, CampaignForm>(db)
{
    protected override string Created => "Campaign created.";
}
