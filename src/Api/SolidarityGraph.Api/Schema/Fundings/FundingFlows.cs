using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Fundings;

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

/// <summary>
/// The <c>fundingFlows</c> aggregate, a page of funders at a time: the list grows with the data, so it is bounded by
/// <c>first</c> (at most <see cref="MaxFunders"/> funders) and paged with <c>skip</c>.
/// </summary>
internal static class FundingFlowsResolver
{
    /// <summary>How many funders one call covers when <c>first</c> is not given.</summary>
    public const int DefaultFunders = 20;

    /// <summary>The most funders one call covers.</summary>
    public const int MaxFunders = 100;

    public static void Configure(IObjectTypeDescriptor<object> query) =>
        query.Field("fundingFlows")
            .Type("[FundingFlow!]!")
            .Argument("funder", a => a.Type("ID").Description("Only this funder's flows."))
            .Argument("currency", a => a.Type("String").Description("Only flows in this ISO 4217 currency."))
            .Argument("first", a => a.Type("Int!").DefaultValue(DefaultFunders).Description($"The flows of at most this many funders (1–{MaxFunders}), ordered by funder."))
            .Argument("skip", a => a.Type("Int!").DefaultValue(0).Description("Skips this many funders (for the next page)."))
            .Description("Funding totals per funder and currency, a page of funders at a time.")
            .ListSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
            .Resolve(context => ResolveAsync(
                context,
                context.GetArgument<string?>("funder"),
                context.GetArgument<string?>("currency"),
                context.GetArgument<int>("first"),
                context.GetArgument<int>("skip")));

    private static async Task<IReadOnlyList<FundingFlow>> ResolveAsync(IResolverContext context, string? funder, string? currency, int first, int skip)
    {
        if (first is < 1 or > MaxFunders)
        {
            throw new GraphQLException($"fundingFlows(first:) must be between 1 and {MaxFunders}; {first} was given.", GraphQL.Data.DataErrorCodes.MaxPageSizeExceeded);
        }

        if (skip < 0)
        {
            throw new GraphQLException($"fundingFlows(skip:) must not be negative; {skip} was given.", ApiErrorCodes.InvalidArgument);
        }

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

        // The page of funders is chosen in SQL, so only their funding is read, however large the table.
        var funders = await query.Select(f => f.FunderId).Distinct().OrderBy(id => id).Skip(skip).Take(first).ToListAsync(context.CancellationToken);
        var rows = await query.Where(f => funders.Contains(f.FunderId))
            .Select(f => new { f.FunderId, f.Currency, f.Amount })
            .ToListAsync(context.CancellationToken);
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
