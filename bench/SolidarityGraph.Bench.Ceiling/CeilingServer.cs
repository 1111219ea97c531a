using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SolidarityGraph.Bench.Ceiling;

/// <summary>
/// The ceiling server: <c>POST /graphql</c> answers the fixed queries of <c>bench/api/queries.json</c> with the JSON the
/// Api gives an anonymous caller, and anything else with 400.
/// Usage: <c>SolidarityGraph.Bench.Ceiling --provider sqlite|postgres --connection "…" [--urls http://127.0.0.1:5078]</c>
/// (the connection string may also come from <c>ConnectionStrings__SolidarityGraph</c>, as for the Api).
/// </summary>
public static class CeilingServer
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var database = CeilingDatabase.FromConfiguration(builder.Configuration);
        var app = builder.Build();
        Map(app, database);
        Console.WriteLine($"ceiling over {database.Provider}, ServerGC={System.Runtime.GCSettings.IsServerGC}");
        app.Run();
    }

    /// <summary>Maps <c>POST /graphql</c> (also used by the agreement test, which hosts the ceiling in process).</summary>
    public static void Map(WebApplication app, CeilingDatabase database)
    {
        var queries = new CeilingQueries(database);
        app.MapPost("/graphql", queries.AnswerAsync);
        app.MapGet("/health", () => "ok");
    }
}
