using System.ComponentModel.DataAnnotations;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Pages.Admin.Indicators;

/// <summary>
/// The fields of an indicator, for <see cref="Indicator.Edit"/>. Result and code are chosen when it is created and
/// fixed after (values are summed by code); the counted subject is any training, campaign, event, organisation,
/// project or place, by name.
/// </summary>
internal sealed class IndicatorForm : RecordForm<Indicator>
{
    /// <summary>The types an indicator may count.</summary>
    public static readonly Type[] SubjectTypes = [typeof(Training), typeof(Campaign), typeof(Event), typeof(Organisation), typeof(Project), typeof(Place)];

    [Display(Name = "Result")]
    public string? Result { get; set; }

    [StringLength(100), RegularExpression(@"^\S+$", ErrorMessage = "Use a code without spaces, e.g. SG:WOMEN_TRAINED.")]
    public string? Code { get; set; }

    [Required, StringLength(500)]
    public string Title { get; set; } = string.Empty;

    public IndicatorMeasure Measure { get; set; } = IndicatorMeasure.Unit;

    [Display(Name = "Unit label"), StringLength(100)]
    public string? UnitLabel { get; set; }

    [Display(Name = "Higher is better")]
    public bool Ascending { get; set; } = true;

    [Display(Name = "Counts (subject)")]
    public string? Subject { get; set; }

    [Display(Name = "Derivation (how rows reproduce the value)")]
    public string? Derivation { get; set; }

    public override void CopyFrom(Indicator record, FormLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookups);
        (Result, Code, Title, Measure) = (lookups.For<Result>().LabelOf(record.ResultId), record.Code, record.Title, record.Measure);
        (UnitLabel, Ascending, Subject, Derivation) = (record.UnitLabel, record.Ascending, lookups.For(SubjectTypes).LabelOf(record.Subject?.Id), record.Derivation);
    }

    public override IEnumerable<(string Field, string? Value)> Summary() =>
    [
        ("Result", Result), ("Code", Code), ("Title", Title), ("Measure", Measure.ToString()), ("Unit label", UnitLabel),
        ("Higher is better", Ascending ? "yes" : "no"), ("Counts", Subject), ("Derivation", Derivation),
    ];

    public override Indicator? Create(FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(page);
        var result = Resolve(lookups.For<Result>(), Result, "result", nameof(Result), page);
        if (result is null && page.ModelState.IsValid)
        {
            page.ModelState.AddModelError("Input.Result", "Choose the result the indicator measures.");
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            page.ModelState.AddModelError("Input.Code", "The code is required, e.g. SG:WOMEN_TRAINED.");
        }

        return Details(lookups, page) is { } details && result is not null ? new Indicator(result, Code!, details.Title, details.Measure).Edit(details) : null;
    }

    public override bool Apply(Indicator record, FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Details(lookups, page) is { } details && record.Edit(details) is not null;
    }

    private IndicatorDetails? Details(FormLookups lookups, AdminPageModel page)
    {
        var subject = Resolve(lookups.For(SubjectTypes), Subject, "record", nameof(Subject), page);
        var details = new IndicatorDetails
        {
            Title = Title,
            Measure = Measure,
            UnitLabel = UnitLabel,
            Ascending = Ascending,
            Subject = lookups.Names.Find(subject) is { } s ? new SubjectRef(s.Entity.NodeKind, s.Entity.Id) : null,
            Derivation = Derivation,
        };
        return page.ModelState.IsValid ? details : null;
    }
}
