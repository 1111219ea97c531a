using System.Globalization;
using Microsoft.AspNetCore.Http;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The operation cost as response headers, on request: a client that sends <c>GraphQL-Cost: report</c> gets
/// <c>GraphQL-Cost-Requested</c> (the static cost) and <c>GraphQL-Cost-Maximum</c> (its maximum per operation), and
/// <c>extensions.cost</c> in the body.
/// </summary>
internal static class CostHeaders
{
    public const string Request = "GraphQL-Cost";
    public const string Requested = "GraphQL-Cost-Requested";
    public const string Maximum = "GraphQL-Cost-Maximum";

    public static bool IsRequested(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Request, out var values))
        {
            return false;
        }

        foreach (var value in values)
        {
            if (value?.Contains("report", StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    public static void Write(HttpContext context, RequestContext result)
    {
        if (result.Cost is { } cost && result.MaximumCost is { } maximum && IsRequested(context.Request))
        {
            context.Response.Headers[Requested] = cost.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers[Maximum] = maximum.ToString(CultureInfo.InvariantCulture);
        }
    }
}
