using System.Diagnostics;

namespace SolidarityGraph.Testing;

/// <summary>
/// Whether an object a finished request used (its context data, say) is collected: checks that nothing long-lived
/// (a static, a pool, a cache, a timer or a captured execution context) still holds the request.
/// </summary>
/// <remarks>
/// A single <see cref="GC.Collect()"/> right after the await is not that check. When a request finishes on another
/// thread (its last database read completed on a pool thread, as with PostgreSQL), the awaiting caller resumes
/// synchronously on that thread, above the frames of the request's async methods that have just completed; those frames
/// hold the request until they return, which they do only after the caller yields. So the caller yields first and
/// retries for a short while: a stack that unwinds lets the object go, a heap root never does.
/// </remarks>
public static class Reachability
{
    /// <summary>Whether <paramref name="reference"/>'s target is collected within <paramref name="within"/> (a second if not given).</summary>
    public static async Task<bool> IsCollectedAsync(WeakReference reference, TimeSpan? within = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * (within ?? TimeSpan.FromSeconds(1)).TotalSeconds);
        do
        {
            // A timer completes the delay, so what follows runs on a new stack once the one the caller came from unwound.
            await Task.Delay(10);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (!reference.IsAlive)
            {
                return true;
            }
        }
        while (Stopwatch.GetTimestamp() < deadline);

        return false;
    }
}
