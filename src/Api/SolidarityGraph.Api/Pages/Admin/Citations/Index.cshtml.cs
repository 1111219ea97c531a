using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Infrastructure.Lists;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Citations;

/// <summary>Citations, filtered by source, kind of assertion and personal data; each is made with the citation picker.</summary>
internal sealed class IndexModel(SolidarityGraphDbContext db) : RecordListPageModel<Citation>(db)
{
    protected override string Noun => "citations";

    protected override string? CreateText => null;

    protected override string CreateElsewhere => "A citation is made by selecting its quote in a source's archived text (“Cite” on a record's page).";

    protected override IReadOnlyList<ListColumn<Citation>> Columns(RecordNames names) =>
    [
        new("quote", "Quote", c => c.Quote) { Url = c => names.UrlOf(c.Id) },
        new("subject", "Record", c => names.Of(c.Subject.Id)),
        ListFormats.Reference<Citation>("source", "Source", names, c => c.SourceId),
        new("supports", "Supports", c => string.Join(", ", c.Supports)),
        new("assertion", "Assertion", c => c.Assertion.ToString()),
        new("personal", "Personal data", c => c.ContainsPersonalData ? "yes" : "no"),
        new("rationale", "Rationale", c => c.Rationale) { InTable = false },
        ListFormats.UpdatedColumn<Citation>(),
    ];

    protected override IReadOnlyList<ListFilter<Citation>> Filters(RecordNames names, IReadOnlyList<Citation> rows) =>
    [
        ListFilter<Citation>.Among("source", "Source", rows, c => [names.Of(c.SourceId)]),
        ListFilter<Citation>.Of<AssertionKind>("assertion", "Assertion", c => c.Assertion),
        ListFilter<Citation>.Among("personal", "Personal data", rows, c => [c.ContainsPersonalData ? "yes" : "no"]),
    ];
}
