using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Execution.Scheduling;

namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request: created by the executor for every request (or passed in through
/// <see cref="ExecutionRequest.DataLoaders"/>), so each loader's cache lives exactly as long as the request.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Dictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);

    /// <summary>Creates an empty scope.</summary>
    /// <param name="services">Request services used to create loader classes (constructor injection).</param>
    public DataLoaderScope(IServiceProvider? services = null)
    {
        Services = services;
        Scheduler = new RequestScheduler(this);
    }

    /// <summary>The services loader classes are created from.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>The loaders created so far, in creation order.</summary>
    public IReadOnlyList<IDataLoader> Loaders
    {
        get
        {
            lock (_loaders)
            {
                return _loaders.Values.ToArray();
            }
        }
    }

    /// <summary>Batch-function calls of all loaders so far (a per-request metric, PERFORMANCE.md).</summary>
    public int BatchCount => Loaders.Sum(loader => loader.BatchCount);

    /// <summary>Dispatch rounds so far: one per level of a nested query whose lists are loaded by DataLoaders.</summary>
    public int Rounds => Scheduler.Rounds;

    internal RequestScheduler Scheduler { get; }

    /// <summary>
    /// The request's <typeparamref name="TLoader"/>: the registered service when there is one, else an instance whose
    /// constructor parameters are taken from <see cref="Services"/> (parameters with defaults may be missing).
    /// </summary>
    /// <exception cref="InvalidOperationException">The loader cannot be created.</exception>
    public TLoader GetOrCreate<TLoader>()
        where TLoader : class, IDataLoader =>
        GetOrCreate(typeof(TLoader).FullName!, Create<TLoader>);

    /// <summary>The loader stored under <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    /// <exception cref="InvalidOperationException">Another kind of loader is stored under <paramref name="key"/>.</exception>
    public TLoader GetOrCreate<TLoader>(string key, Func<TLoader> create)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(create);
        return GetOrCreate(key, create, static create => create());
    }

    /// <summary>
    /// The loader stored under <paramref name="key"/>, created from <paramref name="state"/> on first use: a resolver
    /// that asks for its loader on every call then allocates no closure.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another kind of loader is stored under <paramref name="key"/>.</exception>
    public TLoader GetOrCreate<TLoader, TState>(string key, TState state, Func<TState, TLoader> create)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        // Resolvers ask for their loader on every call: the loaders created so far are read without the lock.
        for (var known = Volatile.Read(ref _created); known is not null; known = known.Next)
        {
            if (string.Equals(known.Key, key, StringComparison.Ordinal))
            {
                return Existing<TLoader>(key, known.Loader);
            }
        }

        lock (_loaders)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return Existing<TLoader>(key, existing);
            }

            var loader = create(state);
            (loader as IBatchSource)?.AttachTo(Scheduler);

            _loaders[key] = loader;
            Volatile.Write(ref _created, new CreatedLoader(key, loader, _created));
            return loader;
        }
    }

    private static TLoader Existing<TLoader>(string key, IDataLoader existing)
        where TLoader : class, IDataLoader =>
        existing as TLoader ?? throw new InvalidOperationException(
            $"The DataLoader \"{key}\" of this request is a {existing.GetType().Name}, not a {typeof(TLoader).Name}.");

    /// <summary>The loaders created so far, newest first; immutable, so reading it needs no lock.</summary>
    private sealed record CreatedLoader(string Key, IDataLoader Loader, CreatedLoader? Next);

    private CreatedLoader? _created;

    private TLoader Create<TLoader>()
        where TLoader : class
    {
        if (Services?.GetService(typeof(TLoader)) is TLoader registered)
        {
            return registered;
        }

        foreach (var constructor in typeof(TLoader).GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            var complete = true;
            for (var i = 0; i < parameters.Length && complete; i++)
            {
                arguments[i] = Services?.GetService(parameters[i].ParameterType)
                    ?? (parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null);
                complete = arguments[i] is not null || parameters[i].HasDefaultValue;
            }

            if (complete)
            {
                return (TLoader)constructor.Invoke(arguments);
            }
        }

        throw new InvalidOperationException(
            $"The DataLoader {typeof(TLoader).Name} is not a registered service and no public constructor can be satisfied from the request services.");
    }
}
