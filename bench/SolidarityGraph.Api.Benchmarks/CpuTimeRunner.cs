using System.Diagnostics;
using System.Globalization;

namespace SolidarityGraph.Api.Benchmarks;

/// <summary>
/// A load-tolerant companion to the BenchmarkDotNet cases (<c>--cpu-time [query …]</c>): posts each query of
/// <see cref="ApiHost.Queries"/> sequentially and divides the process CPU time (every thread: server, in-process client,
/// GC) and the allocated bytes by the number of requests, so time spent waiting for a core on a busy machine does not
/// count. Prints one line per query: the median of <see cref="Rounds"/> rounds; with <c>--allocations</c> also the types
/// each query allocates (sampled, <see cref="SolidarityGraph.Benchmarks.AllocationSampler"/>), on standard error.
/// </summary>
internal static class CpuTimeRunner
{
    private const int Rounds = 7;

    // Tiered compilation promotes hot methods on a background thread; on a busy machine that takes a while.
    private static readonly TimeSpan WarmUpCpuTime = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan RoundCpuTime = TimeSpan.FromSeconds(1);

    public static void Run(IReadOnlyList<string> arguments)
    {
        var allocations = arguments.Contains("--allocations", StringComparer.Ordinal);
        var names = arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        Console.WriteLine("| query | CPU µs/request (median of 7) | min–max | allocated B/request |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var name in names.Count > 0 ? names : ApiHost.Queries.Keys)
        {
            var host = new QueryHost(ApiHost.Queries[name], ApiHost.Variables.GetValueOrDefault(name));
            try
            {
                var (line, bytesPerRequest) = Measure(name, host);
                Console.WriteLine(line);
                if (allocations)
                {
                    SolidarityGraph.Benchmarks.AllocationSampler.Print(() => host.Post().GetAwaiter().GetResult(), (long)bytesPerRequest);
                }
            }
            finally
            {
                host.Cleanup();
            }
        }
    }

    private static (string Line, double BytesPerRequest) Measure(string name, QueryHost host)
    {
        var process = Process.GetCurrentProcess();
        var warmUp = process.TotalProcessorTime;
        while (process.TotalProcessorTime - warmUp < WarmUpCpuTime)
        {
            host.Post().GetAwaiter().GetResult();
            process.Refresh();
        }

        var cpu = new List<double>();
        var bytes = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var requests = 0;
            TimeSpan used;
            do
            {
                host.Post().GetAwaiter().GetResult();
                requests++;
                process.Refresh();
                used = process.TotalProcessorTime - start;
            }
            while (used < RoundCpuTime);

            cpu.Add(used.TotalMilliseconds * 1000 / requests);
            bytes.Add((double)(GC.GetTotalAllocatedBytes(precise: true) - allocated) / requests);
        }

        cpu.Sort();
        bytes.Sort();
        return (string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {cpu[Rounds / 2]:F0} | {cpu[0]:F0}–{cpu[^1]:F0} | {bytes[Rounds / 2]:N0} |"), bytes[Rounds / 2]);
    }

    private sealed class QueryHost : ApiHost
    {
        public QueryHost(string query, string? variables) => Start(query, variables);
    }
}
