using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Sources;

/// <summary>
/// Citations: a quote from a source supporting fields of one node or edge. The quote must occur in the source's
/// archived text (<see cref="SourceText.Cite"/>); a CURATED citation names the calling steward as curator.
/// The evidence (source, quote, assertion kind) is fixed: delete and cite again to change it; what it supports and why
/// can be revised, and so can the personal-data mark (<see cref="CitationPrivacy"/>: an unmarked quote naming a known
/// person is refused with <c>CITATION_QUOTE_NAMES_PERSON</c>).
/// </summary>
[MutationType]
public static class CitationMutations
{
    private const string PersonalDataMark =
        "The quote holds personal data (e.g. names a private person): only stewards read it; others get `quote: null` with `quoteRedaction: PERSONAL_DATA`. Required when the quote names a known entrepreneur or public contact.";

    /// <summary>Cites a source for fields of a node or edge.</summary>
    [GraphQLDescription("Cites a source for fields of any node or edge (`subjectId`). The quote is checked against the source's archived text and located there. DERIVED and CURATED need a `rationale`; CURATED records the calling steward as curator. A quote naming a known entrepreneur or public contact needs `containsPersonalData: true` (else a ValidationError CITATION_QUOTE_NAMES_PERSON); citations of personal-data records or protected fields are steward-only.")]
    public static async Task<Citation> CreateCitationAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string subjectId,
        [ID] string sourceId,
        string quote,
        [GraphQLDescription("Field paths of the subject the quote supports, e.g. [\"amount\", \"currency\"].")] IReadOnlyList<string> supports,
        AssertionKind? assertion,
        string? rationale,
        [GraphQLDescription(PersonalDataMark + " Default false.")] bool? containsPersonalData,
        CancellationToken cancellationToken)
    {
        var subject = await MutationInputs.SubjectAsync(db, subjectId, cancellationToken);
        var sourceKey = MutationInputs.Key(sourceId, nameof(Source));
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == sourceKey, cancellationToken)
            ?? throw new MutationNotFoundException(nameof(Source), sourceKey);
        var request = new CitationRequest(quote, supports, assertion ?? AssertionKind.Stated, rationale, containsPersonalData == true);
        var citation = SourceText.Cite(source, subject, request, db.Actor, DateTime.UtcNow);
        db.Citations.Add(citation);
        await db.SaveChangesAsync(cancellationToken);
        return citation;
    }

    /// <summary>Revises what a citation read at <paramref name="version"/> supports and why.</summary>
    [GraphQLDescription("Revises the fields a citation read at `version` supports, its rationale and its personal-data mark. Source, quote and assertion kind are the evidence and stay: delete and cite again to change them. DERIVED and CURATED keep needing a rationale; revising a CURATED citation makes the calling steward its curator. Unmarking a quote that names a known person is refused (CITATION_QUOTE_NAMES_PERSON).")]
    public static async Task<Citation> UpdateCitationAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        [GraphQLDescription("Field paths of the subject the quote supports, e.g. [\"amount\", \"currency\"].")] IReadOnlyList<string> supports,
        string? rationale,
        [GraphQLDescription(PersonalDataMark + " Null keeps the current mark, so a client unaware of it never unmarks a quote.")] bool? containsPersonalData,
        CancellationToken cancellationToken)
    {
        var citation = await MutationInputs.LoadForEditAsync<Citation>(db, id, version, cancellationToken);
        citation.Revise(supports, rationale, db.Actor, DateTime.UtcNow).MarkPersonalData(containsPersonalData ?? citation.ContainsPersonalData);
        await db.SaveChangesAsync(cancellationToken);
        return citation;
    }

    /// <summary>Deletes a citation.</summary>
    [GraphQLDescription("Deletes a citation read at `version`.")]
    public static Task<Citation> DeleteCitationAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Citation>(db, id, version, cancellationToken);
}
