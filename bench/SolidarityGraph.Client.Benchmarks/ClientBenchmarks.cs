using BenchmarkDotNet.Attributes;

namespace SolidarityGraph.Client.Benchmarks;

/// <summary>
/// One curated query (<c>GetProjects</c>, first 10) through the typed client and through the hand-written ceiling,
/// against the same live Api process, in one run. Allocations are the client's only: the server is another process.
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private ApiProcess? _api;
    private HttpClient? _http;
    private ISolidarityGraphClient? _typed;
    private HandWritten? _ceiling;

    [GlobalSetup]
    public void Setup()
    {
        _api = ApiProcess.Start();
        _http = new HttpClient { BaseAddress = _api.Endpoint };
        _typed = new SolidarityGraphClient(new HttpOperationExecutor(_http));
        _ceiling = new HandWritten(_http, _api.Endpoint);

        // The two must read the same data before any timing.
        var typed = TypedClient().GetAwaiter().GetResult();
        var ceiling = HandWrittenCeiling().GetAwaiter().GetResult();
        if (typed != ceiling || typed <= 0)
        {
            throw new InvalidOperationException($"The typed client read {typed} projects, the ceiling {ceiling}.");
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenCeiling()
    {
        var response = await _ceiling!.GetProjectsAsync(10);
        return response.Errors is null ? response.Data!.Projects!.Nodes!.Count : -1;
    }

    [Benchmark]
    public async Task<int> TypedClient()
    {
        var result = await _typed!.GetProjects.ExecuteAsync(10, null, null, null);
        return result.Errors.Count == 0 ? result.Data!.Projects!.Nodes!.Count : -1;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http?.Dispose();
        _api?.Dispose();
    }
}
