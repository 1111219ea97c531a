using SolidarityGraph.Api.Schema;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.GraphQL.AspNetCore.Http;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Extensions;

/// <summary>The domain GraphQL API at <see cref="Path"/> and the Banana Cake Pop IDE at <see cref="IdePath"/>.</summary>
internal static class GraphQLExtensions
{
    /// <summary>The GraphQL endpoint.</summary>
    public const string Path = "/graphql";

    /// <summary>The IDE (served by the same endpoint mapping).</summary>
    public const string IdePath = "/graphql/";

    /// <summary>The printed schema (SDL).</summary>
    public const string SchemaPath = "/graphql/schema.graphql";

    /// <summary>
    /// Whether Banana Cake Pop is served (<c>GraphQL:Ide:Enable</c>). The README's run command must open a working IDE,
    /// so it is on unless configuration turns it off.
    /// </summary>
    public static bool IsIdeEnabled(IConfiguration configuration) => configuration.GetValue("GraphQL:Ide:Enable", defaultValue: true);

    /// <summary>Registers the schema, the GraphQL server, the read contexts and the Partner policy.</summary>
    public static IHostApplicationBuilder AddGraphQL(this IHostApplicationBuilder builder)
    {
        var ideEnabled = IsIdeEnabled(builder.Configuration);
        var telemetryDisabled = builder.Configuration.GetValue("GraphQL:Ide:DisableTelemetry", defaultValue: true);
        builder.Services.AddGraphQLServer(_ => SolidarityGraphSchema.Build(), options =>
        {
            options.Ide.Enable = ideEnabled;
            options.Ide.DisableTelemetry = telemetryDisabled;
            // Every response reports its static cost (README, "Limits"); the maximum is the caller's (RateLimits:MaxCost).
            options.Executor.Cost.ReportInExtensions = true;
        });
        builder.Services.AddHttpContextAccessor(); // read contexts show steward-only rows to stewards only
        builder.Services.AddSingleton<ReadContextPool>(); // read contexts (and on SQLite their open connections) across requests
        builder.Services.AddScoped<ReadContexts>();
        builder.Services.AddScoped<IDataFieldAuthorizer, DataFieldAuthorizer>();
        builder.Services.AddSingleton<IListQueryCompiler, CompiledListQueries>(); // root lists as compiled queries
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Partner, policy => policy.RequireRole(Policies.PartnerRole, Auth.AdminRoles.Steward, Auth.AdminRoles.Admin));
        return builder;
    }

    /// <summary>Maps the endpoint, the printed schema and the IDE.</summary>
    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        app.MapGraphQL(Path);
        return app;
    }
}
