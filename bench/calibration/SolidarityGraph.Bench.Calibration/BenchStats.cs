namespace SolidarityGraph.Bench.Calibration;

/// <summary>Bench-only <c>GET /__stats</c>: allocated bytes and GC counts for the harness (PERFORMANCE.md §5.9).</summary>
internal static class BenchStats
{
    public static Task Write(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        // precise: false is cheap and exact enough over thousands of requests.
        return context.Response.WriteAsync(
            $"{{\"allocatedBytes\":{GC.GetTotalAllocatedBytes(false)},\"gen0\":{GC.CollectionCount(0)},"
            + $"\"gen1\":{GC.CollectionCount(1)},\"gen2\":{GC.CollectionCount(2)}}}");
    }
}
