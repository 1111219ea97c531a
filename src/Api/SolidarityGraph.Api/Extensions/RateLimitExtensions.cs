using SolidarityGraph.Api.RateLimits;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.Api.Extensions;

/// <summary>
/// Rate limits per caller on the GraphQL endpoint (README, "Limits"): a points budget per hour charged by the request
/// pipeline's cost phase, a maximum cost per operation, and ASP.NET Core's rate limiter for request counts.
/// </summary>
internal static class RateLimitExtensions
{
    /// <summary>Binds <see cref="RateLimitOptions"/> and registers the budget and the pipeline's cost policy.</summary>
    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PointsBudget>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IRequestCostPolicy, RateLimitCostPolicy>();
        builder.Services.AddRateLimiter(limiter => RequestCountLimiter.Configure(limiter, options, GraphQLExtensions.Path));
        return builder;
    }

    /// <summary>
    /// Resolves each caller's limits, then counts requests per caller; after authentication, so a bearer token's
    /// client is known.
    /// </summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.Use(next => context => CallerLimits.ResolveAsync(context, next));
        app.UseRateLimiter();
        return app;
    }
}
