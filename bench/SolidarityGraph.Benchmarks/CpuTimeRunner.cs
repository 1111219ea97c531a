using System.Diagnostics;
using System.Text.Json;
using SolidarityGraph.GraphQL.Language;

namespace SolidarityGraph.Benchmarks;

/// <summary>
/// A load-tolerant companion to the BenchmarkDotNet cases (<c>--cpu-time out.json</c>): times the same language
/// operations by process CPU time instead of wall-clock time, so time spent waiting for a core on a busy machine
/// does not count. <c>bench/node/parse-bench.mjs</c> measures graphql-js the same way; the two JSON files feed the
/// CPU-time column of <c>bench/run-language.sh</c>.
/// </summary>
internal static class CpuTimeRunner
{
    private const int WarmUpIterations = 10_000;
    private const int Rounds = 5;
    private static readonly TimeSpan RoundCpuTime = TimeSpan.FromSeconds(1);

    public static void Run(string outputFile)
    {
        var results = new List<object>();
        foreach (var name in BenchmarkDocuments.Names)
        {
            var text = BenchmarkDocuments.Get(name);
            var utf8 = BenchmarkDocuments.GetUtf8(name);
            var parsed = Parser.Parse(text);
            var cases = new (string Operation, Func<object> Run)[]
            {
                ("Lex", () => Lex(utf8)),
                ("ParseString", () => Parser.Parse(text)),
                ("ParseUtf8", () => Parser.Parse(utf8)),
                ("Print", () => Printer.Print(parsed)),
            };

            foreach (var (operation, run) in cases)
            {
                var cpuNsPerOp = Measure(run);
                results.Add(new { operation, document = name, cpuNsPerOp });
                Console.Error.WriteLine($"{operation,-12} {name,-20} {cpuNsPerOp / 1000,10:F2} µs CPU/op");
            }
        }

        var report = new { runtime = $".NET {Environment.Version}", results };
        File.WriteAllText(outputFile, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Median CPU nanoseconds per call over <see cref="Rounds"/> rounds of about one CPU second each.</summary>
    private static double Measure(Func<object> run)
    {
        var process = Process.GetCurrentProcess();
        var start = CpuTime(process);
        for (var i = 0; i < WarmUpIterations; i++)
        {
            run();
        }

        var warmNs = (CpuTime(process) - start).TotalMilliseconds * 1e6 / WarmUpIterations;
        var iterations = Math.Max(1, (int)(RoundCpuTime.TotalMilliseconds * 1e6 / Math.Max(warmNs, 1)));
        var perOp = new double[Rounds];
        for (var r = 0; r < Rounds; r++)
        {
            GC.Collect();
            start = CpuTime(process);
            for (var i = 0; i < iterations; i++)
            {
                run();
            }

            perOp[r] = (CpuTime(process) - start).TotalMilliseconds * 1e6 / iterations;
        }

        Array.Sort(perOp);
        return perOp[Rounds / 2];
    }

    private static TimeSpan CpuTime(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static int Lex(byte[] utf8)
    {
        var reader = new Utf8GraphQLReader(utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
