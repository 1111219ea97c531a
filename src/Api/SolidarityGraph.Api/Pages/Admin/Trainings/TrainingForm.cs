using System.ComponentModel.DataAnnotations;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Trainings;

/// <summary>
/// The fields of a training programme, for <see cref="Training.Edit"/>: its project (chosen when it is created, fixed
/// after), providers and sessions by name.
/// </summary>
internal sealed class TrainingForm : RecordForm<Training>
{
    [Display(Name = "Project")]
    public string? Project { get; set; }

    [Required, StringLength(500)]
    public string Title { get; set; } = string.Empty;

    [Display(Name = "Target group")]
    public TrainingTargetGroup TargetGroup { get; set; } = TrainingTargetGroup.Mixed;

    [Display(Name = "Topics (one per line)")]
    public string? Topics { get; set; }

    public IList<string?> DeliveredBy { get; set; } = [];

    public IList<string?> Sessions { get; set; } = [];

    public override void CopyFrom(Training record, FormLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookups);
        (Project, Title, TargetGroup, Topics) = (lookups.For<Project>().LabelOf(record.ProjectId), record.Title, record.TargetGroup, Lines.Join(record.Topics));
        (DeliveredBy, Sessions) = (lookups.LabelsOf(record.DeliveredByOrganisationIds, typeof(Organisation)), lookups.LabelsOf(record.EventIds, typeof(Event)));
    }

    public override IEnumerable<(string Field, string? Value)> Summary() =>
    [
        ("Project", Project), ("Title", Title), ("Target group", TargetGroup.ToString()), ("Topics", Joined(Lines.Split(Topics))),
        ("Delivered by", Joined(DeliveredBy)), ("Sessions", Joined(Sessions)),
    ];

    public override Training? Create(FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(page);
        var project = Resolve(lookups.For<Project>(), Project, "project", nameof(Project), page);
        if (project is null && page.ModelState.IsValid)
        {
            page.ModelState.AddModelError("Input.Project", "Choose the project the training belongs to.");
        }

        return Details(lookups, page) is { } details && project is not null ? new Training(project, details.Title, details.TargetGroup).Edit(details) : null;
    }

    public override bool Apply(Training record, FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Details(lookups, page) is { } details && record.Edit(details) is not null;
    }

    private TrainingDetails? Details(FormLookups lookups, AdminPageModel page)
    {
        var details = new TrainingDetails
        {
            Title = Title,
            TargetGroup = TargetGroup,
            Topics = Lines.Split(Topics),
            DeliveredByIds = Lines.Resolve(DeliveredBy, lookups.For<Organisation>(), "organisation", "Input.DeliveredBy", page),
            EventIds = Lines.Resolve(Sessions, lookups.For<Event>(), "event", "Input.Sessions", page),
        };
        return page.ModelState.IsValid ? details : null;
    }
}
