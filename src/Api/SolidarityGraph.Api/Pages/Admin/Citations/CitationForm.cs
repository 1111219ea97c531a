using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Citations;

/// <summary>
/// What a citation says about its quote, for <see cref="Citation.Revise"/> and <see cref="Citation.MarkPersonalData"/>
/// (the edit path <c>updateCitation</c> uses too). Source, quote and assertion kind are the evidence and stay: to change
/// them a steward deletes the citation and cites again.
/// </summary>
internal sealed class CitationForm : RecordForm<Citation>
{
    [Required(ErrorMessage = "Name at least one field the quote supports."), Display(Name = "Fields the quote supports (one per line, e.g. amount)")]
    public string Supports { get; set; } = string.Empty;

    [StringLength(2000), Display(Name = "Rationale (required for derived and curated citations)")]
    public string? Rationale { get; set; }

    [Display(Name = "The quote names a person (personal data)")]
    public bool ContainsPersonalData { get; set; }

    public override void CopyFrom(Citation record, FormLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(record);
        (Supports, Rationale, ContainsPersonalData) = (Lines.Join(record.Supports), record.Rationale, record.ContainsPersonalData);
    }

    public override IEnumerable<(string Field, string? Value)> Summary() =>
        [("Supports", Joined(Lines.Split(Supports))), ("Rationale", Rationale), ("Personal data", ContainsPersonalData ? "yes" : "no")];

    /// <summary>Citations are created by choosing the quote in the source's text (the citation picker).</summary>
    public override Citation? Create(FormLookups lookups, AdminPageModel page) =>
        throw new NotSupportedException("Citations are created with the citation picker, by choosing the quote in the source's text.");

    public override bool Apply(Citation record, FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(page);
        // The reviser is whoever the request acts as, as for the mutation (a curated citation becomes theirs).
        var actor = page.HttpContext.RequestServices.GetRequiredService<SolidarityGraphDbContext>().Actor;
        record.Revise(Lines.Split(Supports), Rationale, actor, DateTime.UtcNow).MarkPersonalData(ContainsPersonalData);
        return true;
    }
}
