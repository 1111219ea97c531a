using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Events;

namespace SolidarityGraph.Api.Pages.Admin.Trainings;

/// <summary>Edits a training programme through the domain's edit path, like <c>updateTraining</c>; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : RecordEditPageModel<Training, TrainingForm>(db)
{
    protected override string Saved => "Training saved.";
}
