using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Events;

namespace SolidarityGraph.Api.Pages.Admin.Trainings;

/// <summary>Creates a training programme through the domain's edit path, like <c>createTraining</c>.</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : RecordCreatePageModel<Training, TrainingForm>(db)
{
    protected override string Created => "Training created.";
}
