using System.Collections.Concurrent;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>The request's DataLoaders from a resolver, including loaders defined inline by a function.</summary>
public static class DataLoaderResolverContextExtensions
{
    // The scope's keys for inline loaders, made once per name: resolvers ask for their loader on every call.
    private static readonly ConcurrentDictionary<string, string> BatchKeys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> GroupKeys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> CacheKeys = new(StringComparer.Ordinal);

    /// <summary>The DataLoader scope of the request being executed.</summary>
    /// <exception cref="InvalidOperationException">The context does not belong to a running request.</exception>
    public static DataLoaderScope DataLoaders(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context as ResolverContext)?.DataLoaders
            ?? ExecutionUnit.Current?.Scheduler.Scope
            ?? throw new InvalidOperationException("DataLoaders are available to resolvers of a running request only.");
    }

    /// <summary>The request's <typeparamref name="TLoader"/> (see <see cref="DataLoaderScope.GetOrCreate{TLoader}()"/>).</summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class, IDataLoader =>
        context.DataLoaders().GetOrCreate<TLoader>();

    /// <summary>The request's batch loader named <paramref name="name"/>, defined by <paramref name="fetch"/> on first use.</summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">Identifies the loader within the request; use one name per fetch function.</param>
    /// <param name="fetch">Fetches the values of a batch of keys; missing keys resolve to null.</param>
    /// <param name="options">Batch size and caching.</param>
    public static IDataLoader<TKey, TValue?> BatchLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null)
        where TKey : notnull =>
        context.BatchLoader<TKey, TValue, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>>>(
            name, fetch, static (fetch, keys, cancellationToken) => fetch(keys, cancellationToken), options);

    /// <summary>
    /// The request's batch loader named <paramref name="name"/>, defined on first use by <paramref name="fetch"/> over
    /// <paramref name="state"/> (kept by the loader): with a static <paramref name="fetch"/>, asking for the loader on
    /// every call allocates no closure. The state of the first call in a request is the one the loader keeps, so
    /// everything that differs between calls must be part of <paramref name="name"/>.
    /// </summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">Identifies the loader within the request; use one name per fetch function and state.</param>
    /// <param name="state">What <paramref name="fetch"/> reads besides the keys.</param>
    /// <param name="fetch">Fetches the values of a batch of keys; missing keys resolve to null.</param>
    /// <param name="options">Batch size and caching.</param>
    public static IDataLoader<TKey, TValue?> BatchLoader<TKey, TValue, TState>(
        this IResolverContext context,
        string name,
        TState state,
        Func<TState, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return context.DataLoaders().GetOrCreate(
            KeyOf(BatchKeys, "batch:", name),
            (name, state, fetch, options),
            static s => new DelegateBatchDataLoader<TKey, TValue, TState>(s.name, s.state, s.fetch, s.options));
    }

    /// <summary>
    /// The request's grouped loader named <paramref name="name"/>, defined on first use by <paramref name="fetch"/> over
    /// <paramref name="state"/> (see <see cref="BatchLoader{TKey, TValue, TState}"/>).
    /// </summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">Identifies the loader within the request; use one name per fetch function and state.</param>
    /// <param name="state">What <paramref name="fetch"/> reads besides the keys.</param>
    /// <param name="fetch">Fetches the values of a batch of keys, grouped by key.</param>
    /// <param name="options">Batch size and caching.</param>
    public static IDataLoader<TKey, TValue[]> GroupLoader<TKey, TValue, TState>(
        this IResolverContext context,
        string name,
        TState state,
        Func<TState, IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return context.DataLoaders().GetOrCreate(
            KeyOf(GroupKeys, "group:", name),
            (name, state, fetch, options),
            static s => new DelegateGroupedDataLoader<TKey, TValue, TState>(s.name, s.state, s.fetch, s.options));
    }

    /// <summary>The request's grouped (one-to-many) loader named <paramref name="name"/>, defined by <paramref name="fetch"/>.</summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">Identifies the loader within the request.</param>
    /// <param name="fetch">Fetches the values of a batch of keys, grouped by key.</param>
    /// <param name="options">Batch size and caching.</param>
    public static IDataLoader<TKey, TValue[]> GroupLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null)
        where TKey : notnull =>
        context.GroupLoader<TKey, TValue, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>>>(
            name, fetch, static (fetch, keys, cancellationToken) => fetch(keys, cancellationToken), options);

    /// <summary>The request's single-key cached loader named <paramref name="name"/>, defined by <paramref name="fetch"/>.</summary>
    /// <param name="context">The resolver context.</param>
    /// <param name="name">Identifies the loader within the request.</param>
    /// <param name="fetch">Fetches the value of one key.</param>
    public static IDataLoader<TKey, TValue> CacheLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<TKey, CancellationToken, Task<TValue>> fetch)
        where TKey : notnull =>
        context.DataLoaders().GetOrCreate(
            KeyOf(CacheKeys, "cache:", name),
            (name, fetch),
            static state => new DelegateCacheDataLoader<TKey, TValue>(state.name, state.fetch, null));

    private static string KeyOf(ConcurrentDictionary<string, string> keys, string kind, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (keys.TryGetValue(name, out var key))
        {
            return key;
        }

        // Names are normally constants; a caller that makes them up per request must not grow the table forever.
        return keys.Count < 4096 ? keys.GetOrAdd(name, kind + name) : kind + name;
    }
}
