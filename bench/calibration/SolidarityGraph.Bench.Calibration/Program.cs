using SolidarityGraph.Bench.Calibration;

// Usage: SolidarityGraph.Bench.Calibration --mode c0|c1 [--scenario <bench/scenario>] [--urls http://127.0.0.1:5110]
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var mode = builder.Configuration["mode"] ?? "c0";
var scenario = Scenario.Load(builder.Configuration["scenario"]);

var app = builder.Build();
app.MapPost("/graphql", mode switch
{
    "c0" => Ceilings.PrecomputedBytes(scenario),
    "c1" => Ceilings.SerializedObjects(scenario),
    _ => throw new ArgumentException($"Unknown mode '{mode}': use c0 or c1."),
});
app.MapGet("/__stats", BenchStats.Write);

Console.WriteLine($"{mode} ProcessorCount={Environment.ProcessorCount} ServerGC={System.Runtime.GCSettings.IsServerGC}");
app.Run();
