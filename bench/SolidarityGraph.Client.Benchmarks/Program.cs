using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;
using SolidarityGraph.Client.Benchmarks;

// BenchmarkDotNet 0.14.0 cannot build a net10.0 child process (ENVIRONMENT.md), so every job runs in this process.
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : args.Append("--inProcess").ToArray();
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .AddExporter(JsonExporter.Brief);
BenchmarkSwitcher.FromAssembly(typeof(ClientBenchmarks).Assembly).Run(arguments, config);
