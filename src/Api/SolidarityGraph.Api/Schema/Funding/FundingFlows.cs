using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Financing;

/// <summary>
/// The funding of one funder in one currency. Amounts in different currencies are never added: each currency is its
/// own flow; funding with an unknown amount is counted, never summed as zero.
/// </summary>
/// <param name="FunderId">The funder's internal id.</param>
/// <param name="Currency">ISO 4217 code; null for the flow of funding whose amount is unknown.</param>
/// <param name="Total">Sum of the known amounts; null when none is known.</param>
/// <param name="FundingCount">How many funding records the flow covers.</param>
/// <param name="UnknownAmountCount">How many of them have no amount.</param>
public sealed record FundingFlow(string FunderId, string? Currency, decimal? Total, int FundingCount, int UnknownAmountCount);

/// <summary><c>FundingFlow</c> with its funder resolved.</summary>
internal sealed class FundingFlowType : ObjectType<FundingFlow>
{
    protected override void Configure(IObjectTypeDescriptor<FundingFlow> descriptor)
    {
        descriptor.Description("Funding of one funder in one currency; currencies are never mixed and unknown amounts never count as zero.");
        descriptor.Reference<FundingFlow, Organisation>("funder", f => f.FunderId, required: true)
            .Description("The funding organisation.");
    }
}

/// <summary>The <c>fundingFlows</c> aggregate.</summary>
internal static class FundingFlowsResolver
{
    public static void Configure(IObjectTypeDescriptor<object> query) =>
        query.Field("fundingFlows")
            .Type("[FundingFlow!]!")
            .Argument("funder", a => a.Type("ID").Description("Only this funder's flows."))
            .Argument("currency", a => a.Type("String").Description("Only flows in this ISO 4217 currency."))
            .Description("Funding totals per funder and currency.")
            .Resolve(context => ResolveAsync(context, context.GetArgument<string?>("funder"), context.GetArgument<string?>("currency")));

    private static async Task<IReadOnlyList<FundingFlow>> ResolveAsync(IResolverContext context, string? funder, string? currency)
    {
        var funderKey = funder is null ? null : GlobalId.Decode(funder, "Organisation").Key;
        var db = context.Service<ReadContexts>().Create(); // returned to the pool by the request scope, never here
        var query = db.Fundings.AsQueryable();
        if (funderKey is not null)
        {
            query = query.Where(f => f.FunderId == funderKey);
        }

        if (currency is not null)
        {
            query = query.Where(f => f.Currency == currency);
        }

        var rows = await query.Select(f => new { f.FunderId, f.Currency, f.Amount }).ToListAsync(context.CancellationToken);
        return rows
            .GroupBy(r => (r.FunderId, Currency: r.Amount is null ? null : r.Currency))
            .Select(g => new FundingFlow(
                g.Key.FunderId,
                g.Key.Currency,
                g.Any(r => r.Amount is not null) ? g.Sum(r => r.Amount ?? 0) : null,
                g.Count(),
                g.Count(r => r.Amount is null)))
            .OrderBy(f => f.FunderId, StringComparer.Ordinal)
            .ThenBy(f => f.Currency ?? "\uffff", StringComparer.Ordinal)
            .ToList();
    }
}
