using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;

namespace SolidarityGraph.Benchmarks;

/// <summary>Memory diagnoser, P95 and ops/s columns, a brief JSON report for the <c>bench/run-*.sh</c> table scripts.</summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.P95, StatisticColumn.OperationsPerSecond)
        .AddExporter(JsonExporter.Brief)
        // Document names such as "organisation-dashboard" must reach the reports whole (the table scripts key on them).
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
}
