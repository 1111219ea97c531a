using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Validation;
using SolidarityGraph.Bench.GraphQLDotNet;
using SolidarityGraph.Bench.Server;

// The graphql-dotnet peer (bench/README.md). Usage: SolidarityGraph.Bench.GraphQLDotNet --scenario <bench/scenario>
// [--urls http://127.0.0.1:5105]. POST /graphql takes a GraphQL-over-HTTP JSON body; GET /__stats the counters.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var data = BenchData.Load(ScenarioFiles.Locate(builder.Configuration["scenario"]));

var schema = BenchGraph.Build(data, Sabotage.FromEnvironment());
schema.Initialize();
var serializer = new GraphQLSerializer();
// The library's documented extension point for a parsed-document cache (what its MemoryCache package plugs in).
var executer = new DocumentExecuter(
    new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [new DocumentCache()]);

var app = builder.Build();
app.Use(BenchStats.CountRequests);
app.MapPost("/graphql", async context =>
{
    var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
    var result = await executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = schema,
        Query = request?.Query,
        OperationName = request?.OperationName,
        Variables = request?.Variables,
        UserContext = new BenchUserContext(data),
        RequestServices = context.RequestServices,
        CancellationToken = context.RequestAborted,
    });
    context.Response.StatusCode = result.Executed ? 200 : 400;
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
});
app.MapGet("/__stats", BenchStats.Write);

Console.WriteLine($"gqldotnet ProcessorCount={Environment.ProcessorCount} ServerGC={System.Runtime.GCSettings.IsServerGC}");
app.Run();
