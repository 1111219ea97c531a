using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Fundings;

/// <summary>
/// The Funding edge. Creating links the funder through <see cref="FundingLinks"/> (which also adds the FUNDING
/// participation); every amount change re-derives the share (<see cref="FundingLinks.EditAsync"/>).
/// </summary>
[MutationType]
public static class FundingMutations
{
    /// <summary>Records money (or support) from a funder to a project.</summary>
    [GraphQLDescription("Records funding from a funder to a project (and optionally a recipient organisation). An unknown amount stays null, never 0; a known amount needs its currency. The share of the project budget is derived when a budget in the same currency exists.")]
    public static async Task<Funding> CreateFundingAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string projectId,
        [ID] string funderId,
        [ID] string? recipientId,
        decimal? amount,
        [GraphQLDescription("ISO 4217, e.g. EUR; required exactly when an amount is given.")] string? currency,
        FundingInstrument? instrument,
        FlowStage? flowStage,
        string? date,
        string? programme,
        string? purpose,
        CancellationToken cancellationToken)
    {
        var link = new FunderLink(
            MutationInputs.Key(projectId, nameof(Project)),
            MutationInputs.Key(funderId, nameof(Organisation)),
            amount,
            currency,
            instrument ?? FundingInstrument.Unknown,
            flowStage ?? FlowStage.Unknown,
            MutationInputs.Date(date, "date"),
            programme,
            purpose,
            MutationInputs.OptionalKey(recipientId, nameof(Organisation)));
        var funding = await FundingLinks.LinkFunderAsync(db, link, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return funding;
    }

    /// <summary>Changes the amount and terms of a funding read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces amount, currency and terms of a funding read at `version`; the derived share is recomputed. Funder, recipient and project are fixed.")]
    public static async Task<Funding> UpdateFundingAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        decimal? amount,
        string? currency,
        FundingInstrument? instrument,
        FlowStage? flowStage,
        string? date,
        string? programme,
        string? purpose,
        CancellationToken cancellationToken)
    {
        var funding = await MutationInputs.LoadForEditAsync<Funding>(db, id, version, cancellationToken);
        var details = new FundingDetails(
            amount, currency, instrument ?? FundingInstrument.Unknown, flowStage ?? FlowStage.Unknown, MutationInputs.Date(date, "date"), programme, purpose);
        await FundingLinks.EditAsync(db, funding, details, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return funding;
    }

    /// <summary>Deletes a funding.</summary>
    [GraphQLDescription("Deletes a funding read at `version`, with its citations (the funder's FUNDING participation stays).")]
    public static Task<Funding> DeleteFundingAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Funding>(db, id, version, cancellationToken);
}
