using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// ASP.NET Core's rate limiter on <c>/graphql</c>: a fixed window of <see cref="RateLimitOptions.RequestsPerWindow"/>
/// requests per caller, whatever they cost, so a flood of cheap requests is refused before it reaches the pipeline.
/// A refusal is a 429 with <c>Retry-After</c> and a GraphQL error coded <c>RATE_LIMITED</c>.
/// </summary>
internal static class RequestCountLimiter
{
    public static void Configure(RateLimiterOptions limiter, RateLimitOptions options, string path)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            return RateLimitPartition.GetFixedWindowLimiter(CallerLimits.PartitionOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = CallerLimits.Of(context).RequestsPerWindow!.Value,
                Window = options.RequestWindow,
                QueueLimit = 0,
            });
        });
        limiter.OnRejected = (rejected, cancellationToken) => RefuseAsync(rejected.HttpContext, rejected.Lease, options, cancellationToken);
    }

    private static async ValueTask RefuseAsync(HttpContext context, RateLimitLease lease, RateLimitOptions options, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.RequestWindow;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var permits = CallerLimits.Of(context).RequestsPerWindow;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        var error = RateLimitErrors.Create(
            $"Too many requests: at most {permits} per {options.RequestWindow.TotalSeconds:0} s; retry in {seconds} s.", seconds);
        await using (var writer = new Utf8JsonWriter(context.Response.Body, ResultWriter.Options()))
        {
            ResultWriter.Write(writer, ExecutionResult.FromRequestErrors([error]));
        }

        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
