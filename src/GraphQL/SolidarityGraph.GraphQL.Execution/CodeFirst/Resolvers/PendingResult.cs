using System.Threading.Tasks.Sources;

namespace SolidarityGraph.GraphQL.CodeFirst.Resolvers;

/// <summary>
/// A resolver's unfinished <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> seen as the <c>ValueTask&lt;object?&gt;</c>
/// a <see cref="Types.Resolvers.FieldResolver"/> returns, without an async state machine per field: a DataLoader
/// reference (<c>funder</c>, <c>organisation</c>) parks one of these per row of a list.
/// </summary>
/// <remarks>
/// An instance is rented when the resolver returns, registers its continuation on the task (a delegate created once per
/// instance) and goes back to the pool when its result is read. That is safe because a <see cref="ValueTask{TResult}"/>
/// may be read only once, and the executor reads a field's resolution once and drops it; the version of
/// <see cref="ManualResetValueTaskSourceCore{TResult}"/> makes any later read fail instead of seeing another field's
/// result. The task's outcome is passed on exactly as <c>await</c> gives it: the value, or the same exception (a
/// cancelled task's <see cref="OperationCanceledException"/> included), and continuations run where the task completes,
/// as they did behind an async method.
/// </remarks>
internal sealed class PendingResult<T> : IValueTaskSource<object?>
{
    private const int PoolCapacity = 512;
    private static readonly PendingResult<T>?[] Pool = new PendingResult<T>?[PoolCapacity];
    private static readonly Lock PoolGate = new();
    private static int _pooled;

    private readonly Action _onTaskCompleted;
    private ManualResetValueTaskSourceCore<object?> _core;
    private ValueTask<T> _task;

    private PendingResult() => _onTaskCompleted = OnTaskCompleted;

    /// <summary>How many instances wait in the pool (for tests).</summary>
    internal static int PooledCount
    {
        get
        {
            lock (PoolGate)
            {
                return _pooled;
            }
        }
    }

    /// <summary>Adapts <paramref name="task"/>, which has not completed yet.</summary>
    public static ValueTask<object?> Await(ValueTask<T> task)
    {
        var pending = Rent();
        pending._task = task;
        var token = pending._core.Version;
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(pending._onTaskCompleted);
        return new ValueTask<object?>(pending, token);
    }

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    /// <summary>Reads the outcome once; a completed instance then goes back to the pool.</summary>
    public object? GetResult(short token)
    {
        var recycle = token == _core.Version && _core.GetStatus(token) != ValueTaskSourceStatus.Pending;
        try
        {
            return _core.GetResult(token);
        }
        finally
        {
            if (recycle)
            {
                _core.Reset();
                Return(this);
            }
        }
    }

    /// <summary>
    /// Passes the task's outcome on. Completing the core runs the reader's continuation, which may read the result and
    /// return this instance to the pool at once, so nothing here touches the instance after that.
    /// </summary>
    private void OnTaskCompleted()
    {
        var task = _task;
        _task = default;
        object? result = null;
        Exception? error = null;
        try
        {
            result = task.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            error = exception;
        }

        if (error is null)
        {
            _core.SetResult(result);
        }
        else
        {
            _core.SetException(error);
        }
    }

    private static PendingResult<T> Rent()
    {
        lock (PoolGate)
        {
            if (_pooled > 0)
            {
                var pending = Pool[--_pooled]!;
                Pool[_pooled] = null;
                return pending;
            }
        }

        return new PendingResult<T>();
    }

    private static void Return(PendingResult<T> pending)
    {
        lock (PoolGate)
        {
            if (_pooled < PoolCapacity)
            {
                Pool[_pooled++] = pending;
            }
        }
    }
}
