using BenchmarkDotNet.Attributes;

namespace SolidarityGraph.Api.Benchmarks;

/// <summary>Each named query of <see cref="ApiHost.Queries"/> on the seed as it ships.</summary>
public class ApiQueryBenchmarks : ApiHost
{
    [ParamsSource(nameof(Names))]
    public string Query { get; set; } = "ProjectList";

    public static IEnumerable<string> Names => Queries.Keys;

    [GlobalSetup]
    public void Setup() => Start(Queries[Query], Variables.GetValueOrDefault(Query));
}
