using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Indicators;

/// <summary>
/// Create, update and delete indicator definitions (what a result counts). The code is fixed at creation
/// (<see cref="Indicator.Retitle"/>); the reported numbers are indicator values (<see cref="IndicatorValueMutations"/>).
/// </summary>
[MutationType]
public static class IndicatorMutations
{
    /// <summary>Creates an indicator of a result.</summary>
    [GraphQLDescription("Creates an indicator of a project result. The code (no spaces, e.g. SG:WOMEN_TRAINED) is fixed once created: totals sum values by code.")]
    public static async Task<Indicator> CreateIndicatorAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string resultId,
        string code,
        string title,
        IndicatorMeasure? measure,
        string? unitLabel,
        [GraphQLDescription("True (default) when higher is better.")] bool? ascending,
        [ID, GraphQLDescription("What is counted: a training, campaign, event, organisation, project or place.")] string? subjectId,
        [GraphQLDescription("How rows could reproduce the value, e.g. count(Enrolment where completed).")] string? derivation,
        CancellationToken cancellationToken)
    {
        var result = MutationInputs.Key(resultId, nameof(Result));
        await MutationInputs.RequireAsync<Result>(db, result, cancellationToken);
        var indicator = MutationInputs.OnField("code", () => new Indicator(result, code, title, measure ?? IndicatorMeasure.Unit));
        await EditAsync(db, indicator, title, measure, unitLabel, ascending, subjectId, derivation, cancellationToken);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return indicator;
    }

    /// <summary>Replaces the editable fields of an indicator read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces title, measure, unit, direction, counted subject and derivation of an indicator read at `version` (result and code are fixed); a stale version gives a ConcurrencyError.")]
    public static async Task<Indicator> UpdateIndicatorAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string title,
        IndicatorMeasure? measure,
        string? unitLabel,
        bool? ascending,
        [ID] string? subjectId,
        string? derivation,
        CancellationToken cancellationToken)
    {
        var indicator = await MutationInputs.LoadForEditAsync<Indicator>(db, id, version, cancellationToken);
        await EditAsync(db, indicator, title, measure, unitLabel, ascending, subjectId, derivation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return indicator;
    }

    /// <summary>Deletes an indicator that has no values.</summary>
    [GraphQLDescription("Deletes an indicator read at `version`, with its citations; refused (DELETE_HAS_DEPENDENTS) while values are reported for it.")]
    public static Task<Indicator> DeleteIndicatorAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Indicator>(db, id, version, cancellationToken);

    // Through Indicator.Edit, like the admin: the subject is checked here, every rule of the record in the domain.
    private static async Task EditAsync(SolidarityGraphDbContext db, Indicator indicator, string title, IndicatorMeasure? measure, string? unitLabel,
        bool? ascending, string? subjectId, string? derivation, CancellationToken cancellationToken)
    {
        var subject = string.IsNullOrEmpty(subjectId) ? null : await MutationInputs.SubjectAsync(db, subjectId, cancellationToken);
        indicator.Edit(new IndicatorDetails
        {
            Title = title,
            Measure = measure ?? IndicatorMeasure.Unit,
            UnitLabel = unitLabel,
            Ascending = ascending ?? true,
            Subject = subject,
            Derivation = derivation,
        });
    }
}
