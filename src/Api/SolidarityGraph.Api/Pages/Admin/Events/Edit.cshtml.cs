using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Events;

/// <summary>Edits an event through <see cref="Event.Edit"/>, like <c>updateEvent</c>; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : RecordEditPageModel<Event, EventForm>(db)
{
    protected override string Saved => "Event saved.";
}
