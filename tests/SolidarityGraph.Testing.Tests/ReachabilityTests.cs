namespace SolidarityGraph.Testing.Tests;

/// <summary>Reachability tells an object a long-lived root holds from one only the stack the caller came from held.</summary>
public sealed class ReachabilityTests
{
    private static readonly List<object> Kept = [];

    [Fact]
    public async Task AnObjectAStaticHoldsIsNotCollected()
    {
        var kept = new object();
        lock (Kept)
        {
            Kept.Add(kept);
        }

        try
        {
            Assert.False(await Reachability.IsCollectedAsync(new WeakReference(kept), TimeSpan.FromMilliseconds(200)));
        }
        finally
        {
            lock (Kept)
            {
                Kept.Remove(kept);
            }
        }
    }

    [Fact]
    public async Task AnObjectOnlyTheFinishedWorkHeldIsCollectedEvenWhenTheCallerResumesOnItsThread()
    {
        // The work finishes on a timer thread; the caller resumes there, above the work's completed frames.
        var forgotten = await ForgetAsync();

        Assert.True(await Reachability.IsCollectedAsync(forgotten));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ForgetAsync()
    {
        var state = new List<int> { 1 };
        await Task.Delay(1).ConfigureAwait(false);
        state.Add(2);
        return new WeakReference(state);
    }
}
