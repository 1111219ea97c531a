using System.ComponentModel.DataAnnotations;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Events;

/// <summary>The fields of an event, for <see cref="Event.Edit"/>; place, series and project by name.</summary>
internal sealed class EventForm : RecordForm<Event>
{
    [Required, StringLength(500)]
    public string Title { get; set; } = string.Empty;

    [Display(Name = "Kind")]
    public EventType Type { get; set; } = EventType.Workshop;

    [PartialDate]
    public string? Start { get; set; }

    [PartialDate]
    public string? End { get; set; }

    public string? Place { get; set; }

    [Display(Name = "Online event")]
    public bool Online { get; set; }

    public string? Series { get; set; }

    public string? Project { get; set; }

    [Display(Name = "Objectives (one per line)")]
    public string? Objectives { get; set; }

    [Display(Name = "Audience types (one code per line, e.g. MUNICIPAL_GOV)")]
    public string? AudienceTypes { get; set; }

    [Display(Name = "GSEF category")]
    public string? GsefCategory { get; set; }

    public override void CopyFrom(Event record, FormLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookups);
        (Title, Type, Start, End, Online) = (record.Title, record.Type, record.Start?.ToString(), record.End?.ToString(), record.Online);
        (Place, Series, Project) = (lookups.For<Place>().LabelOf(record.PlaceId), lookups.For<Domain.Events.EventSeries>().LabelOf(record.SeriesId), lookups.For<Project>().LabelOf(record.ProjectId));
        (Objectives, AudienceTypes, GsefCategory) = (Lines.Join(record.Objectives), Lines.Join(record.AudienceTypes), record.GsefCategory);
    }

    public override IEnumerable<(string Field, string? Value)> Summary() =>
    [
        ("Title", Title), ("Kind", Type.ToString()), ("Start", Start), ("End", End), ("Place", Place), ("Online", Online ? "yes" : "no"),
        ("Series", Series), ("Project", Project), ("Objectives", Joined(Lines.Split(Objectives))),
        ("Audience types", Joined(Lines.Split(AudienceTypes))), ("GSEF category", GsefCategory),
    ];

    public override Event? Create(FormLookups lookups, AdminPageModel page) =>
        Details(lookups, page) is { } details ? new Event(details.Title, details.Type).Edit(details) : null;

    public override bool Apply(Event record, FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Details(lookups, page) is { } details && record.Edit(details) is not null;
    }

    private EventDetails? Details(FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(page);
        var details = new EventDetails
        {
            Title = Title,
            Type = Type,
            Start = page.ParseDate(Start, "Input.Start"),
            End = page.ParseDate(End, "Input.End"),
            PlaceId = Resolve(lookups.For<Place>(), Place, "place", nameof(Place), page),
            Online = Online,
            SeriesId = Resolve(lookups.For<Domain.Events.EventSeries>(), Series, "event series", nameof(Series), page),
            ProjectId = Resolve(lookups.For<Project>(), Project, "project", nameof(Project), page),
            Objectives = Lines.Split(Objectives),
            AudienceTypes = Lines.Split(AudienceTypes),
            GsefCategory = GsefCategory,
        };
        return page.ModelState.IsValid ? details : null;
    }
}
