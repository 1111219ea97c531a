using BenchmarkDotNet.Running;
using SolidarityGraph.Benchmarks;

// Fail before BenchmarkDotNet starts when a benchmark document is missing.
BenchmarkDocuments.EnsureAvailable();

if (args.Length is >= 2 and <= 5 && args[0] == "--cpu-time")
{
    CpuTimeRunner.Run(args[1], args.Length >= 3 ? args[2] : "language", args.Length >= 4 ? args[3] : null, args.Length == 5 && args[4] == "--allocations");
    return;
}

// Every job, including one picked with --job, runs in this process, which the scripts pin to one CPU: the recorded
// results were all measured this way, so new runs stay comparable with them.
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : args.Append("--inProcess").ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDocuments).Assembly).Run(arguments, BenchmarkConfig.Create());
