using System.Globalization;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// The request pipeline's cost hook for <c>/graphql</c>: the caller's maximum cost per operation, and its points
/// budget charged before execution. Over the budget: <see cref="RequestErrorCodes.RateLimited"/>, HTTP 429 with
/// <c>Retry-After</c>, nothing executed. Every charged response carries the <c>X-RateLimit-*</c> headers.
/// </summary>
internal sealed class RateLimitCostPolicy(PointsBudget budget, IHttpContextAccessor accessor) : IRequestCostPolicy
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the caller's <see cref="BudgetState"/>, read by <c>rateLimit</c>.</summary>
    public const string StateKey = "SolidarityGraph.RateLimit";

    public double? MaximumCost(RequestContext context) =>
        accessor.HttpContext is { } http ? CallerLimits.Of(http).MaxCost : null;

    public ValueTask<GraphQLError?> ChargeAsync(RequestContext context, double cost)
    {
        if (accessor.HttpContext is not { } http)
        {
            return ValueTask.FromResult<GraphQLError?>(null);
        }

        var limit = CallerLimits.Of(http).PointsPerHour!.Value;
        var state = budget.TryCharge(CallerLimits.CallerOf(http).Key, limit, PointsBudget.PointsFor(cost));
        http.Items[StateKey] = state;
        var headers = http.Response.Headers;
        headers["X-RateLimit-Limit"] = state.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = state.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Used"] = state.Used.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = state.ResetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (state.Allowed)
        {
            return ValueTask.FromResult<GraphQLError?>(null);
        }

        var retryAfter = Math.Max(1, (int)Math.Ceiling((state.ResetAt - DateTimeOffset.UtcNow).TotalSeconds));
        headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return ValueTask.FromResult<GraphQLError?>(RateLimitErrors.Create(
            $"The budget of {state.Limit} points per hour is spent ({state.Used} used; this operation needs {PointsBudget.PointsFor(cost)}); it resets at {state.ResetAt:O}.",
            retryAfter));
    }
}

/// <summary>The coded error of a refused request, shared by the budget and the request-count limiter.</summary>
internal static class RateLimitErrors
{
    public static GraphQLError Create(string message, int retryAfterSeconds) => new(
        message,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [GraphQLError.CodeKey] = RequestErrorCodes.RateLimited,
            ["retryAfter"] = retryAfterSeconds,
        });
}
