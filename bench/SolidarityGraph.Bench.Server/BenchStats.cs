namespace SolidarityGraph.Bench.Server;

/// <summary>
/// Bench-only counters behind <c>GET /__stats</c> (PERFORMANCE.md §5.9): requests, loader batch calls and
/// allocated bytes. Never part of src/Api.
/// </summary>
internal static class BenchStats
{
    private static long _requests;
    private static long _loaderCalls;

    public static long Requests => Interlocked.Read(ref _requests);

    public static void CountLoaderCall() => Interlocked.Increment(ref _loaderCalls);

    public static Task CountRequests(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Method == HttpMethods.Post)
        {
            Interlocked.Increment(ref _requests);
        }

        return next(context);
    }

    public static Task Write(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(
            $"{{\"requests\":{Requests},\"loaderCalls\":{Interlocked.Read(ref _loaderCalls)},"
            + $"\"allocatedBytes\":{GC.GetTotalAllocatedBytes(false)},\"gen0\":{GC.CollectionCount(0)},"
            + $"\"gen1\":{GC.CollectionCount(1)},\"gen2\":{GC.CollectionCount(2)}}}");
    }
}
