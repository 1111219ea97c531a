using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Provenance;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Indicators;

/// <summary>
/// Reported indicator values (DOMAIN.md §4.5 rule 1: facts from sources, never overwritten). Recording goes through
/// <see cref="IndicatorValueRecorder"/>, which verifies the quote against the source's archived text; a wrong value is
/// corrected by deleting it and recording the right one with its own quote.
/// </summary>
[MutationType]
public static class IndicatorValueMutations
{
    /// <summary>Records a reported value with its STATED citation.</summary>
    [GraphQLDescription("Records a reported value of an indicator of the project, with a STATED citation whose quote must occur in the source's archived text. The comparator keeps the wording: «About 303» → APPROX, «more than 20,573» → GT.")]
    public static async Task<IndicatorValue> CreateIndicatorValueAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string projectId,
        [ID] string indicatorId,
        IndicatorValueKind kind,
        decimal value,
        Comparator comparator,
        [ID] string sourceId,
        string quote,
        CancellationToken cancellationToken)
    {
        var report = new IndicatorValueReport(
            MutationInputs.Key(projectId, nameof(Project)),
            MutationInputs.Key(indicatorId, nameof(Indicator)),
            null,
            null,
            null,
            kind,
            value,
            comparator,
            MutationInputs.Key(sourceId, nameof(Source)),
            quote);
        var recorded = await IndicatorValueRecorder.RecordAsync(db, report, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return recorded;
    }

    /// <summary>Deletes a value and its citations.</summary>
    [GraphQLDescription("Deletes an indicator value read at `version`, with its citations.")]
    public static Task<IndicatorValue> DeleteIndicatorValueAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<IndicatorValue>(db, id, version, cancellationToken);
}
