using System.Diagnostics.Tracing;

namespace SolidarityGraph.Benchmarks;

/// <summary>
/// Which types a case allocates (<c>--cpu-time out.json execution &lt;document&gt; --allocations</c>): the runtime
/// reports the type of the object that crosses each ~100 KB of allocation (<c>GCAllocationTick</c>), so over many
/// calls the share of ticks per type is its share of the bytes. Printed as estimated bytes per call.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int GcKeyword = 0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private long _total;

    public static void Print(Func<object> run, long allocatedBytesPerCall)
    {
        const int Calls = 3_000;
        using var sampler = new AllocationSampler();
        for (var i = 0; i < Calls; i++)
        {
            run();
        }

        sampler.Dispose();
        lock (sampler._bytesByType)
        {
            foreach (var (type, bytes) in sampler._bytesByType.OrderByDescending(pair => pair.Value).Take(25))
            {
                var share = (double)bytes / Math.Max(1, sampler._total);
                Console.Error.WriteLine($"    {share,6:P1} ≈ {share * allocatedBytesPerCall,8:N0} B/op  {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a]) : 100_000;
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
            _total += amount;
        }
    }
}
