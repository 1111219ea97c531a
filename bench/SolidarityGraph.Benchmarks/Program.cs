using BenchmarkDotNet.Running;
using SolidarityGraph.Benchmarks;

// Fail before BenchmarkDotNet starts when a benchmark document is missing.
BenchmarkDocuments.EnsureAvailable();

if (args.Length is 2 or 3 && args[0] == "--cpu-time")
{
    CpuTimeRunner.Run(args[1], args.Length == 3 ? args[2] : "language");
    return;
}

// BenchmarkDotNet 0.14.0 predates .NET 10 and cannot build a net10.0 child process (README "Dependencies"), so every
// job, including one picked with --job, runs in this process.
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : args.Append("--inProcess").ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDocuments).Assembly).Run(arguments, BenchmarkConfig.Create());
