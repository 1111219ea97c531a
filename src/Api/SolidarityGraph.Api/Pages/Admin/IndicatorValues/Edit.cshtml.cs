using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Indicators;

namespace SolidarityGraph.Api.Pages.Admin.IndicatorValues;

/// <summary>Qualifies an indicator value through <see cref="IndicatorValue.Qualify"/>, like <c>updateIndicatorValue</c>; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : RecordEditPageModel<IndicatorValue, IndicatorValueForm>(db)
{
    protected override string Saved => "Indicator value saved.";
}
