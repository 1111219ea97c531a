using System.ComponentModel.DataAnnotations;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Indicators;

namespace SolidarityGraph.Api.Pages.Admin.IndicatorValues;

/// <summary>
/// What qualifies a reported indicator value, for <see cref="IndicatorValue.Qualify"/> (its one edit path, used by
/// <c>updateIndicatorValue</c> too). Kind, value and comparator are what the cited quote says, and the breakdown stays:
/// to change them a steward deletes the value and records it again from the project's page.
/// </summary>
internal sealed class IndicatorValueForm : RecordForm<IndicatorValue>
{
    [PartialDate, Display(Name = "Period start")]
    public string? PeriodStart { get; set; }

    [PartialDate, Display(Name = "Period end")]
    public string? PeriodEnd { get; set; }

    [PartialDate, Display(Name = "As of")]
    public string? AsOf { get; set; }

    [Display(Name = "Place (if narrower than the project)")]
    public string? Place { get; set; }

    [StringLength(2000)]
    public string? Comment { get; set; }

    public override void CopyFrom(IndicatorValue record, FormLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookups);
        (PeriodStart, PeriodEnd, AsOf) = (record.PeriodStart?.ToString(), record.PeriodEnd?.ToString(), record.AsOf?.ToString());
        (Place, Comment) = (lookups.For<Place>().LabelOf(record.PlaceId), record.Comment);
    }

    public override IEnumerable<(string Field, string? Value)> Summary() =>
        [("Period start", PeriodStart), ("Period end", PeriodEnd), ("As of", AsOf), ("Place", Place), ("Comment", Comment)];

    /// <summary>Values are recorded from a project's page, with the citation that states them.</summary>
    public override IndicatorValue? Create(FormLookups lookups, AdminPageModel page) =>
        throw new NotSupportedException("Indicator values are recorded from a project's page, with their citation.");

    public override bool Apply(IndicatorValue record, FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(page);
        var (start, end, asOf) = (page.ParseDate(PeriodStart, "Input.PeriodStart"), page.ParseDate(PeriodEnd, "Input.PeriodEnd"), page.ParseDate(AsOf, "Input.AsOf"));
        var place = Resolve(lookups.For<Place>(), Place, "place", nameof(Place), page);
        if (!page.ModelState.IsValid)
        {
            return false;
        }

        record.Qualify(start, end, asOf, record.Dimensions, place, Comment);
        return true;
    }
}
