using SolidarityGraph.Api.Cli;
using SolidarityGraph.Api.Extensions;

// A verb (migrate, seed, create-admin, export-schema, help) runs and exits; no verb runs the server.
if (await CommandLine.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(HostingExtensions.Options(args));
builder.AddHosting();
builder.AddReverseProxy();
builder.AddPersistence();
builder.AddHealth();
builder.AddAdmin();
builder.AddPartnerAccess();
builder.AddRateLimits();
builder.AddTrustedDocuments();
builder.AddGraphQL();

var app = builder.Build();
await app.InitialiseDatabaseAsync();
app.UseReverseProxy();
app.LoadTrustedDocuments();
app.UseRequestLog();
app.MapHealth();
app.UseTokenRateLimit();
app.MapAdmin();
app.MapPartnerAccess(GraphQLExtensions.Path);
await app.RegisterIdeClientAsync();
app.UseRateLimits();
app.MapGraphQLEndpoint();
app.LogSurfacesOnStart();

await app.RunAsync();
return 0;
