using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Campaigns;

namespace SolidarityGraph.Api.Pages.Admin.Campaigns;

/// <summary>Edits a campaign through the domain's edit path, like <c>updateCampaign</c>; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : RecordEditPageModel<Campaign, CampaignForm>(db)
{
    protected override string Saved => "Campaign saved.";
}
