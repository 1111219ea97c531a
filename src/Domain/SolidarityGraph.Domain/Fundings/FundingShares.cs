using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Fundings;

/// <summary>
/// Keeps a funding's DERIVED share in step with its amount after an edit (DOMAIN.md §4.4: share = amount / project
/// budget, same currency only). <see cref="Funding.SetAmount"/> clears the share; this derives it again when it can.
/// </summary>
public static class FundingShares
{
    /// <summary>
    /// Derives <see cref="Funding.Share"/> from the funded project's budget in the funding's currency (the revised one
    /// when there are several), through <see cref="Funding.DeriveShare"/>. Leaves the share empty when the amount is
    /// unknown, there is no project, or no budget in that currency; a rule violation of the derivation itself
    /// (e.g. the amount exceeds the budget) is thrown. Returns the share.
    /// </summary>
    public static async Task<decimal?> RecomputeAsync(SolidarityGraphDbContext db, Funding funding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(funding);
        if (funding.Value is not { } amount || funding.ProjectId is not { } projectId)
        {
            return null;
        }

        var budgets = await db.Budgets.Where(b => b.ProjectId == projectId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var budget = budgets.Where(b => b.Value.Currency == amount.Currency)
            .OrderByDescending(b => b.Type == BudgetType.Revised)
            .FirstOrDefault();
        return budget is null ? null : funding.DeriveShare(budget);
    }
}
