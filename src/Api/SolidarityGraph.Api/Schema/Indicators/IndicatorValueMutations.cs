using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Indicators;

/// <summary>
/// Reported indicator values (DOMAIN.md §4.5 rule 1: facts from sources, never overwritten). Recording goes through
/// <see cref="IndicatorValueRecorder"/>, which verifies the quote against the source's archived text. The reported
/// figure (kind, value, comparator) is what the quote says, so a wrong one is corrected by deleting it and recording the
/// right one with its own quote; its qualifiers (period, date, place, comment) can be updated.
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
        [GraphQLDescription("The quote holds personal data: only stewards read it. Required (true) when the quote names a known entrepreneur or public contact; default false.")] bool? containsPersonalData,
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
            quote,
            ContainsPersonalData: containsPersonalData == true);
        var recorded = await IndicatorValueRecorder.RecordAsync(db, report, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return recorded;
    }

    /// <summary>Sets the qualifiers of a value read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Sets the period, as-of date, place and comment of an indicator value read at `version` (its breakdown stays). Kind, value and comparator are what the cited quote says: delete the value and record it again to change them.")]
    public static async Task<IndicatorValue> UpdateIndicatorValueAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string? periodStart,
        string? periodEnd,
        string? asOf,
        [ID] string? placeId,
        string? comment,
        CancellationToken cancellationToken)
    {
        var value = await MutationInputs.LoadForEditAsync<IndicatorValue>(db, id, version, cancellationToken);
        var place = MutationInputs.OptionalKey(placeId, nameof(Place));
        await MutationInputs.RequireAsync<Place>(db, place, cancellationToken);
        value.Qualify(
            MutationInputs.Date(periodStart, "periodStart"), MutationInputs.Date(periodEnd, "periodEnd"), MutationInputs.Date(asOf, "asOf"),
            value.Dimensions, place, comment);
        await db.SaveChangesAsync(cancellationToken);
        return value;
    }

    /// <summary>Deletes a value and its citations.</summary>
    [GraphQLDescription("Deletes an indicator value read at `version`, with its citations.")]
    public static Task<IndicatorValue> DeleteIndicatorValueAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<IndicatorValue>(db, id, version, cancellationToken);
}
