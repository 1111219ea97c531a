using System.Collections.Immutable;
using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Which request services must not be used by two resolvers at once (PARITY.md §14 pain 3). A resolver whose field is
/// marked synchronized runs holding the request gate for its whole execution, so resolvers that share a scoped EF Core
/// <c>DbContext</c> never overlap on it, even while one of them awaits a DataLoader. See <c>ExecutionModel.md</c>.
/// </summary>
/// <remarks>
/// Default rule: a type is synchronized when it derives from <c>Microsoft.EntityFrameworkCore.DbContext</c> (matched by
/// name: the engine has no EF Core reference) or carries <see cref="SynchronizedServiceAttribute"/>; explicit
/// <see cref="Synchronize"/> / <see cref="DoNotSynchronize"/> entries win.
/// </remarks>
public sealed class ServiceSynchronization
{
    /// <summary>The <see cref="OutputField.ContextData"/> key that marks a synchronized field.</summary>
    public const string FieldKey = "SolidarityGraph.Synchronized";

    private const string DbContextTypeName = "Microsoft.EntityFrameworkCore.DbContext";

    private readonly ImmutableDictionary<Type, bool> _explicit;

    private ServiceSynchronization(ImmutableDictionary<Type, bool> explicitEntries) => _explicit = explicitEntries;

    /// <summary>The default rule without explicit entries.</summary>
    public static ServiceSynchronization Default { get; } = new(ImmutableDictionary<Type, bool>.Empty);

    /// <summary>A policy that also synchronizes <paramref name="serviceType"/> (opt-in).</summary>
    public ServiceSynchronization Synchronize(Type serviceType) => new(_explicit.SetItem(serviceType, true));

    /// <summary>A policy that never synchronizes <paramref name="serviceType"/>, even a <c>DbContext</c> (opt-out).</summary>
    public ServiceSynchronization DoNotSynchronize(Type serviceType) => new(_explicit.SetItem(serviceType, false));

    /// <summary>Whether resolvers using <paramref name="serviceType"/> must hold the request gate.</summary>
    public bool IsSynchronized(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (_explicit.TryGetValue(serviceType, out var synchronized))
        {
            return synchronized;
        }

        if (serviceType.GetCustomAttributes(typeof(SynchronizedServiceAttribute), inherit: true) is [SynchronizedServiceAttribute marked, ..])
        {
            return marked.Synchronized;
        }

        for (var type = serviceType; type is not null; type = type.BaseType)
        {
            if (type.FullName == DbContextTypeName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks (or unmarks) <paramref name="field"/> so the executor runs its resolver holding the request gate.</summary>
    public static void MarkField(OutputField field, bool synchronized = true)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.ContextData[FieldKey] = synchronized;
    }

    /// <summary>Whether <paramref name="field"/> is marked synchronized.</summary>
    public static bool IsFieldSynchronized(OutputField field) =>
        field.ContextData.Count > 0 && field.ContextData.TryGetValue(FieldKey, out var value) && value is true;
}

/// <summary>Opts a service type in to (or out of) <see cref="ServiceSynchronization"/>'s default rule.</summary>
/// <param name="synchronized">False opts a <c>DbContext</c> type out.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, Inherited = true)]
public sealed class SynchronizedServiceAttribute(bool synchronized = true) : Attribute
{
    /// <summary>Whether the service is synchronized.</summary>
    public bool Synchronized { get; } = synchronized;
}

/// <summary>Explicit use of the request gate from delegate resolvers.</summary>
public static class SynchronizedResolverContextExtensions
{
    /// <summary>
    /// Enters the request gate for the rest of the resolver (dispose the lease to leave it). Re-entrant within one
    /// resolver, and free when the field is already marked synchronized.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not called from a resolver of a running request.</exception>
    public static async Task<IDisposable> EnterSynchronizedAsync(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = ExecutionUnit.Current ?? throw new InvalidOperationException("The request gate is available to resolvers of a running request only.");
        await unit.Scheduler.EnterGateAsync(unit).ConfigureAwait(false);
        return new Lease(unit);
    }

    private sealed class Lease(ExecutionUnit unit) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unit.Scheduler.ExitGate(unit);
            }
        }
    }
}
