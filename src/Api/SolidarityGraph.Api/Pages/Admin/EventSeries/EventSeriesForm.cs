using System.ComponentModel.DataAnnotations;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Organisations;
using Series = SolidarityGraph.Domain.Events.EventSeries;

namespace SolidarityGraph.Api.Pages.Admin.EventSeries;

/// <summary>The fields of an event series, for <see cref="Series.Retitle"/> (its one edit path, used by <c>updateEventSeries</c> too).</summary>
internal sealed class EventSeriesForm : RecordForm<Series>
{
    [Required, StringLength(500)]
    public string Title { get; set; } = string.Empty;

    public string? Organiser { get; set; }

    public override void CopyFrom(Series record, FormLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookups);
        (Title, Organiser) = (record.Title, lookups.For<Organisation>().LabelOf(record.OrganiserId));
    }

    public override IEnumerable<(string Field, string? Value)> Summary() => [("Title", Title), ("Organiser", Organiser)];

    public override Series? Create(FormLookups lookups, AdminPageModel page) =>
        TryResolveOrganiser(lookups, page, out var organiser) ? new Series(Title, organiser) : null;

    public override bool Apply(Series record, FormLookups lookups, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TryResolveOrganiser(lookups, page, out var organiser) && record.Retitle(Title, organiser) is not null;
    }

    private bool TryResolveOrganiser(FormLookups lookups, AdminPageModel page, out string? organiser)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        organiser = Resolve(lookups.For<Organisation>(), Organiser, "organisation", nameof(Organiser), page);
        return page.ModelState.IsValid;
    }
}
