using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;

namespace SolidarityGraph.Api.Benchmarks;

/// <summary>The entry point (a class, because the Api's top-level <c>Program</c> is referenced by the factory).</summary>
internal static class BenchmarkEntry
{
    public static void Main(string[] args)
    {
        if (args is ["--cpu-time", .. var names])
        {
            CpuTimeRunner.Run(names);
            return;
        }

        // Every job runs in this process, as every recorded result was measured, so runs stay comparable.
        var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : args.Append("--inProcess").ToArray();
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddExporter(JsonExporter.Brief);
        BenchmarkSwitcher.FromAssembly(typeof(ApiQueryBenchmarks).Assembly).Run(arguments, config);
    }
}
