using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;

namespace SolidarityGraph.Benchmarks;

/// <summary>Memory diagnoser, P95 and ops/s columns, a brief JSON report for <c>bench/run-language.sh</c>.</summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.P95, StatisticColumn.OperationsPerSecond)
        .AddExporter(JsonExporter.Brief);
}
