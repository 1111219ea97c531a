using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Indicators;

/// <summary>Edits an indicator through the domain's edit path, like <c>updateIndicator</c>; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : RecordEditPageModel<Indicator, IndicatorForm>(db)
{
    protected override string Saved => "Indicator saved.";
}
