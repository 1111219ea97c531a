using System.Reflection;
using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst.Resolvers;

/// <summary>
/// Turns typed resolver delegates and method results into <see cref="FieldResolver"/>s. The shape of the result
/// (<c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>, plain value) is decided once, when the schema is built; a completed
/// task is unwrapped synchronously and a plain value is wrapped in a <see cref="ValueTask{TResult}"/> without allocating.
/// </summary>
internal static class DelegateResolvers
{
    private static readonly MethodInfo FromTaskFuncMethod = typeof(DelegateResolvers).GetMethod(nameof(FromTaskFunc), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromValueTaskFuncMethod = typeof(DelegateResolvers).GetMethod(nameof(FromValueTaskFunc), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static FieldResolver Create<TResult>(Func<IResolverContext, TResult> resolver)
    {
        var type = typeof(TResult);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return (FieldResolver)FromTaskFuncMethod.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, new object[] { resolver })!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return (FieldResolver)FromValueTaskFuncMethod.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, new object[] { resolver })!;
        }

        if (type == typeof(Task))
        {
            var task = (Func<IResolverContext, Task>)(object)resolver;
            return context => AsyncResults.FromTask(task(context));
        }

        if (type == typeof(ValueTask))
        {
            var valueTask = (Func<IResolverContext, ValueTask>)(object)resolver;
            return context => AsyncResults.FromValueTask(valueTask(context));
        }

        return context => new ValueTask<object?>(resolver(context));
    }

    private static FieldResolver FromTaskFunc<T>(Func<IResolverContext, Task<T>> resolver) =>
        context => AsyncResults.FromTask(resolver(context));

    private static FieldResolver FromValueTaskFunc<T>(Func<IResolverContext, ValueTask<T>> resolver) =>
        context => AsyncResults.FromValueTask(resolver(context));
}

/// <summary>Adapters from the result shapes of resolvers to <c>ValueTask&lt;object?&gt;</c>; called from compiled resolvers.</summary>
internal static class AsyncResults
{
    // A task still running is adapted by a pooled PendingResult; one that already failed keeps the async path, which
    // hands its exception over synchronously (a rare path, so its allocation does not matter).
    // A DataLoader's own task is reported to the flow: nothing of the resolver continues after it (ExecutionFlow).
    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result)
        : task.IsCompleted ? Await(task)
        : LoadTasks.IsLoad(task) ? ExecutionFlow.LoadOnly(PendingResult<T>.Await(new ValueTask<T>(task)))
        : PendingResult<T>.Await(new ValueTask<T>(task));

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result)
        : task.IsCompleted ? Await(task)
        : PendingResult<T>.Await(task);

    public static ValueTask<object?> FromTask(Task task) =>
        task.IsCompletedSuccessfully ? default : AwaitVoid(task);

    public static ValueTask<object?> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : AwaitVoid(task.AsTask());

    public static ValueTask<object?> FromValue(object? value) => new(value);

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitVoid(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }
}
