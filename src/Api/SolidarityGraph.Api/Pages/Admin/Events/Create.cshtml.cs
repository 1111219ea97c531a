using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Events;

/// <summary>Creates an event through <see cref="Event.Edit"/>, like <c>createEvent</c>.</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : RecordCreatePageModel<Event, EventForm>(db)
{
    protected override string Created => "Event created.";
}
