using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using Series = SolidarityGraph.Domain.Events.EventSeries;

namespace SolidarityGraph.Api.Pages.Admin.EventSeries;

/// <summary>Edits an event series through the domain's edit path, like <c>updateEventSeries</c>; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : RecordEditPageModel<Series, EventSeriesForm>(db)
{
    protected override string Saved => "Event series saved.";
}
