using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using Series = SolidarityGraph.Domain.Events.EventSeries;

namespace SolidarityGraph.Api.Pages.Admin.EventSeries;

/// <summary>Creates an event series through the domain's edit path, like <c>createEventSeries</c>.</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : RecordCreatePageModel<Series, EventSeriesForm>(db)
{
    protected override string Created => "Event series created.";
}
