using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Trainings;

/// <summary>Training programmes, filtered by project, target group and provider.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Training>(db)
{
    protected override string Noun => "trainings";

    protected override string CreateText => "New training";

    protected override IReadOnlyList<ListColumn<Training>> Columns(RecordNames names) =>
    [
        new("title", "Title", t => t.Title) { Url = t => names.UrlOf(t.Id) },
        ListFormats.Reference<Training>("project", "Project", names, t => t.ProjectId),
        new("target", "Target group", t => t.TargetGroup.ToString()),
        new("providers", "Delivered by", t => string.Join("; ", t.DeliveredByOrganisationIds.Select(names.Of))),
        new("sessions", "Sessions", t => t.EventIds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) { SortBy = t => t.EventIds.Count },
        ListFormats.UpdatedColumn<Training>(),
    ];

    protected override IReadOnlyList<ListFilter<Training>> Filters(RecordNames names, IReadOnlyList<Training> rows) =>
    [
        ListFilter<Training>.Among("project", "Project", rows, t => [names.Of(t.ProjectId)]),
        ListFilter<Training>.Of<TrainingTargetGroup>("target", "Target group", t => t.TargetGroup),
        ListFilter<Training>.Among("provider", "Delivered by", rows, t => t.DeliveredByOrganisationIds.Select(names.Of)),
    ];
}
