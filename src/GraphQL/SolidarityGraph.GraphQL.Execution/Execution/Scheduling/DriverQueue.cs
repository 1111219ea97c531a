using System.Collections.Concurrent;

namespace SolidarityGraph.GraphQL.Execution.Scheduling;

/// <summary>
/// A queue read by the flow that drives a request. Items queued by the driver itself (a parked field finishing in its
/// turn, a round that ran on the driver's thread) go to a plain queue without any lock or interlocked step; only items
/// from other threads (a busy resolver's continuation on the thread pool) go through a concurrent queue, which the
/// driver drains into the plain one before it reads. Both parts are created on first use: most requests queue nothing.
/// </summary>
internal sealed class DriverQueue<T>
{
    private Queue<T>? _owned;
    private ConcurrentQueue<T>? _foreign;

    /// <summary>Something is queued (driver only).</summary>
    public bool HasItems => _owned is { Count: > 0 } || HasForeign;

    /// <summary>Another thread queued something the driver has not drained yet (any thread).</summary>
    public bool HasForeign => Volatile.Read(ref _foreign) is { IsEmpty: false };

    /// <summary>Queues <paramref name="item"/>; <paramref name="onDriver"/> says the caller is the driver's own flow.</summary>
    public void Enqueue(T item, bool onDriver)
    {
        if (onDriver)
        {
            (_owned ??= new Queue<T>()).Enqueue(item);
        }
        else
        {
            LazyInitializer.EnsureInitialized(ref _foreign).Enqueue(item);
        }
    }

    /// <summary>
    /// The oldest item. On the driver, foreign items join behind the driver's own ones queued before; elsewhere (a
    /// loader used after its request ended, from any thread) only the concurrent part is read.
    /// </summary>
    public bool TryDequeue(out T item, bool onDriver)
    {
        if (!onDriver)
        {
            item = default!;
            return Volatile.Read(ref _foreign) is { } only && only.TryDequeue(out item!);
        }

        if (Volatile.Read(ref _foreign) is { IsEmpty: false } foreign)
        {
            var owned = _owned ??= new Queue<T>();
            while (foreign.TryDequeue(out var arrived))
            {
                owned.Enqueue(arrived);
            }
        }

        if (_owned is { Count: > 0 } queue)
        {
            item = queue.Dequeue();
            return true;
        }

        item = default!;
        return false;
    }

    /// <summary>Makes room for <paramref name="count"/> more items queued by the driver (a round's resumed units at once).</summary>
    public void Reserve(int count)
    {
        var owned = _owned ??= new Queue<T>(count);
        owned.EnsureCapacity(owned.Count + count);
    }

    /// <summary>Forgets everything (a new request; the driver only).</summary>
    public void Clear()
    {
        _owned?.Clear();
        Volatile.Write(ref _foreign, null);
    }
}
