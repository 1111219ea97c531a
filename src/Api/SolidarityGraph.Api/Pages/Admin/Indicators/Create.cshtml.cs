using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Indicators;

/// <summary>Creates an indicator through the domain's edit path, like <c>createIndicator</c>.</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : RecordCreatePageModel<Indicator, IndicatorForm>(db)
{
    protected override string Created => "Indicator created.";
}
