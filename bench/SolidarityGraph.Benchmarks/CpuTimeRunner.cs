using System.Diagnostics;
using System.Text.Json;
using SolidarityGraph.Benchmarks.Execution;
using SolidarityGraph.Benchmarks.Validation;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.Benchmarks;

/// <summary>
/// A load-tolerant companion to the BenchmarkDotNet cases (<c>--cpu-time out.json [language|validation|execution]</c>):
/// times the same operations by process CPU time instead of wall-clock time, so time spent waiting for a core on a
/// busy machine does not count. The Node peers in <c>bench/node/</c> measure graphql-js the same way; the JSON files
/// feed the CPU-time column of <c>bench/run-language.sh</c> and <c>bench/run-validation.sh</c>.
/// </summary>
internal static class CpuTimeRunner
{
    private const int WarmUpIterations = 10_000;
    private const int Rounds = 5;
    private static readonly TimeSpan RoundCpuTime = TimeSpan.FromSeconds(1);

    public static IEnumerable<string> Suites => new[] { "language", "validation", "execution" };

    /// <param name="outputFile">The JSON report.</param>
    /// <param name="suite">language, validation or execution.</param>
    /// <param name="document">Only the cases of this document (all when null or <c>*</c>).</param>
    /// <param name="allocations">Also print which types each case allocates (sampled, <see cref="AllocationSampler"/>).</param>
    public static void Run(string outputFile, string suite = "language", string? document = null, bool allocations = false)
    {
        IEnumerable<(string Operation, string Document, Func<object> Run)> cases = suite switch
        {
            "language" => LanguageCases(),
            "validation" => ValidationCases(),
            "execution" => ExecutionCases.Create(),
            _ => throw new ArgumentOutOfRangeException(nameof(suite), suite, $"Unknown suite; expected one of {string.Join(", ", Suites)}."),
        };

        var results = new List<object>();
        foreach (var (operation, name, run) in cases)
        {
            if (document is not null && document != "*" && name != document)
            {
                continue;
            }

            var cpuNsPerOp = Measure(run);
            var allocatedBytesPerOp = AllocatedBytes(run);
            var (gen0PerMillionOps, gen1PerMillionOps, gen2PerMillionOps, methodsCompiled) = Collections(run);
            results.Add(new { operation, document = name, cpuNsPerOp, allocatedBytesPerOp, gen0PerMillionOps, gen1PerMillionOps, gen2PerMillionOps, methodsCompiled });
            Console.Error.WriteLine(
                $"{operation,-16} {name,-24} {cpuNsPerOp / 1000,10:F2} µs CPU/op {allocatedBytesPerOp,10:N0} B/op  GCs per 1M ops: {gen0PerMillionOps:N0} gen0 {gen1PerMillionOps:N0} gen1 {gen2PerMillionOps:N0} gen2; {methodsCompiled} methods JIT-compiled in 20,000 ops");
            if (allocations)
            {
                AllocationSampler.Print(run, allocatedBytesPerOp);
            }
        }

        var report = new { runtime = $".NET {Environment.Version}", results };
        File.WriteAllText(outputFile, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static IEnumerable<(string, string, Func<object>)> LanguageCases()
    {
        foreach (var name in BenchmarkDocuments.Names)
        {
            var text = BenchmarkDocuments.Get(name);
            var utf8 = BenchmarkDocuments.GetUtf8(name);
            var parsed = Parser.Parse(text);
            yield return ("Lex", name, () => Lex(utf8));
            yield return ("ParseString", name, () => Parser.Parse(text));
            yield return ("ParseUtf8", name, () => Parser.Parse(utf8));
            yield return ("Print", name, () => Printer.Print(parsed));
        }
    }

    private static IEnumerable<(string, string, Func<object>)> ValidationCases()
    {
        foreach (var name in ValidationDocuments.Names)
        {
            var document = ValidationDocuments.ParseValid(name);
            yield return ("Validate", name, () => DocumentValidator.Validate(ValidationDocuments.Schema, document));
        }
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

    /// <summary>Bytes allocated by one warm call on this thread (what BenchmarkDotNet's memory diagnoser reports).</summary>
    private static long AllocatedBytes(Func<object> run)
    {
        const int Calls = 100;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            run();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }

    /// <summary>
    /// Collections per million calls by generation (counted including older ones): what a call keeps alive for a while
    /// (a cache of everything it saw, say) shows up in gen 1 and gen 2 rather than in the bytes it allocates. Also the
    /// methods the JIT compiled meanwhile: a warm case compiles none, and one that keeps compiling holds back the
    /// tiered compilation of everything else.
    /// </summary>
    private static (long Gen0, long Gen1, long Gen2, long MethodsCompiled) Collections(Func<object> run)
    {
        const int Calls = 20_000;
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var i = 0; i < Calls; i++)
        {
            run();
        }

        static long PerMillion(int collections) => collections * 1_000_000L / Calls;
        return (PerMillion(GC.CollectionCount(0) - gen0), PerMillion(GC.CollectionCount(1) - gen1), PerMillion(GC.CollectionCount(2) - gen2),
            System.Runtime.JitInfo.GetCompiledMethodCount() - compiled);
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
