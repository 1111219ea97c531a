using System.ComponentModel.DataAnnotations;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Campaigns;

/// <summary>
/// The fields of a campaign, for <see cref="Campaign.Edit"/>: its project (chosen when it is created, fixed after)
/// and launch event by name, one row per material.
/// </summary>
internal sealed class CampaignForm : RecordForm<Campaign>
{
    [Display(Name = "Project")]
    public string? Project { get; set; }

    [Required, StringLength(500), Display(Name = "Name as published")]
    public string Name { get; set; } = string.Empty;

    [StringLength(500), Display(Name = "Name in the original language")]
    public string? NameOriginal { get; set; }

    [Display(Name = "Aims (one per line)")]
    public string? Aims { get; set; }

    [Display(Name = "Launch event")]
    public string? LaunchEvent { get; set; }

    public IList<MaterialRow> Materials { get; set; } = [];

    [Display(Name = "Audiences (one per line)")]
    public string? Audiences { get; set; }

    public override void CopyFrom(Campaign record, FormLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookups);
        (Project, Name, NameOriginal, Aims) = (lookups.For<Project>().LabelOf(record.ProjectId), record.Name, record.NameOriginal, Lines.Join(record.Aims));
        (LaunchEvent, Audiences) = (lookups.For<Event>().LabelOf(record.LaunchEventId), Lines.Join(record.Audiences));
        Materials = record.Materials.Select(m => new MaterialRow { Type = m.Type, Title = m.Title }).ToList();
    }

    public override IEnumerable<(string Field, string? Value)> Summary() =>
    [
        ("Project", Project), ("Name", Name), ("Original name", NameOriginal), ("Aims", Joined(Lines.Split(Aims))), ("Launch event", LaunchEvent),
        ("Materials", Joined(Materials.Where(m => m.Type is not null).Select(m => m.Title is null ? $"{m.Type}" : $"{m.Type}: {m.Title}"))),
        ("Audiences", Joined(Lines.Split(Audiences))),
    ];

    public override Campaign? Create(FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(page);
        var project = Resolve(lookups.For<Project>(), Project, "project", nameof(Project), page);
        if (project is null && page.ModelState.IsValid)
        {
            page.ModelState.AddModelError("Input.Project", "Choose the project the campaign belongs to.");
        }

        return Details(lookups, page) is { } details && project is not null ? new Campaign(project, details.Name).Edit(details) : null;
    }

    public override bool Apply(Campaign record, FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Details(lookups, page) is { } details && record.Edit(details) is not null;
    }

    private CampaignDetails? Details(FormLookups lookups, AdminPageModel page)
    {
        for (var i = 0; i < Materials.Count; i++)
        {
            if (Materials[i] is { Type: null, Title.Length: > 0 })
            {
                page.ModelState.AddModelError($"Input.Materials[{i}].Type", "Choose what kind of material this is.");
            }
        }

        var details = new CampaignDetails
        {
            Name = Name,
            NameOriginal = NameOriginal,
            Aims = Lines.Split(Aims),
            LaunchEventId = Resolve(lookups.For<Event>(), LaunchEvent, "event", nameof(LaunchEvent), page),
            Materials = Materials.Where(m => m.Type is not null).Select(m => new CampaignMaterial(m.Type!.Value, m.Title)).ToList(),
            Audiences = Lines.Split(Audiences),
        };
        return page.ModelState.IsValid ? details : null;
    }

    /// <summary>One material row; a row without a kind is left out.</summary>
    public sealed class MaterialRow
    {
        public MaterialType? Type { get; set; }

        public string? Title { get; set; }
    }
}
