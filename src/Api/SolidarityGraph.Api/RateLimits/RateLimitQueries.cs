using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// <c>rateLimit { limit cost remaining resetAt used }</c> on <c>Query</c> (GitHub's shape): the caller's budget after
/// this request. The field itself costs nothing.
/// </summary>
public static class RateLimitQueries
{
    /// <summary>Adds <c>rateLimit</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) =>
        query.Field("rateLimit")
            .Type<RateLimitType>()
            .Description("Your points budget after this request: points per hour, what this request cost, what is left and when it resets. Null when the request was not charged (e.g. run in process).")
            .Cost(0)
            .Resolve(context => context.ContextData.TryGetValue("HttpContext", out var value) && value is HttpContext http
                && http.Items.TryGetValue(RateLimitCostPolicy.StateKey, out var state)
                    ? state as BudgetState
                    : null);
}

/// <summary>The <c>RateLimit</c> type over <see cref="BudgetState"/>.</summary>
internal sealed class RateLimitType : ObjectType<BudgetState>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetState> descriptor)
    {
        descriptor.Name("RateLimit");
        descriptor.Description("A caller's points budget (see the README, \"Limits\").");
        descriptor.Ignore(s => s.Allowed);
        descriptor.Field(s => s.Limit).Description("Points per hour.");
        descriptor.Field(s => s.Cost).Description("Points this request cost: its static cost divided by 100, rounded up, at least 1.");
        descriptor.Field(s => s.Used).Description("Points spent in the current hour, this request included.");
        descriptor.Field(s => s.Remaining).Description("Points left in the current hour.");
        descriptor.Field(s => s.ResetAt).Description("When the budget is full again.");
    }
}
