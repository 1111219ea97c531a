using System.Collections;
using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Introspection;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.4.2 ResolveFieldValue.</summary>
public static partial class Executor
{
    /// <summary>
    /// Spec §6.4.2 ResolveFieldValue: the field's resolver, else the request's, else <see cref="DefaultFieldResolver"/>
    /// (no user code, so nothing to attribute). A resolver runs on the current <see cref="ExecutionFlow"/>; if it does
    /// not finish at once it keeps that flow (its continuations captured it) and gets its
    /// <see cref="ExecutionUnit"/>, and the code that follows runs on a new flow.
    /// </summary>
    /// <returns>
    /// The resolver's result; <paramref name="pending"/> is the field to queue when it has not finished (its unit and
    /// the resolver's context, which already knows the field, its type and its position).
    /// </returns>
    private static ValueTask<object?> ResolveFieldValue(
        ExecutionContext context,
        FieldSite site,
        object? objectValue,
        LazyResponsePath path,
        out DeferredField? pending)
    {
        pending = null;
        var field = site.Field;
        var resolver = field.Resolver ?? context.Request.FieldResolver;
        if (resolver is null)
        {
            return new(site.Group.ResolveMember(objectValue, field.Name));
        }

        var flow = ExecutionFlow.Current!;
        flow.BeginResolver();
        ExecutionUnit? unit = null;
        try
        {
            var resolverContext = CreateResolverContext(context, flow, site, objectValue, path);
            var resolution = ServiceSynchronization.IsFieldSynchronized(field)
                ? ResolveSynchronizedAsync(flow.Unit!, resolver, resolverContext, field.Type)
                : resolver(resolverContext);
            if (!resolution.IsCompleted)
            {
                // Created now, while the resolver counts as running: its continuations captured this flow and load
                // under this unit, so the walk goes on with a flow of its own, unless the resolver returned a
                // DataLoader's task as is (nothing of it continues, so nothing captured the flow).
                unit = flow.Unit!;
                pending = new DeferredField(unit, resolverContext, resolution);
                if (!ExecutionFlow.KeepsFlow(resolution))
                {
                    ExecutionFlow.Fork(context.Scheduler);
                }
            }

            return resolution;
        }
        finally
        {
            var used = flow.EndResolver();
            if (used is not null && unit is null)
            {
                used.Finished = true;
            }
        }
    }

    /// <summary>
    /// A field that uses a synchronized service runs its resolver holding the request gate, loader waits included;
    /// a lazy sequence (an EF Core query) is read while the gate is still held.
    /// </summary>
    private static async ValueTask<object?> ResolveSynchronizedAsync(ExecutionUnit unit, FieldResolver resolver, ResolverContext context, IType type)
    {
        await unit.Scheduler.EnterGateAsync(unit).ConfigureAwait(false);
        try
        {
            return Materialize(type, await resolver(context).ConfigureAwait(false));
        }
        finally
        {
            unit.Scheduler.ExitGate(unit);
        }
    }

    /// <summary>
    /// A new context, or for an introspection field (spec §4) the flow's spare one: the introspection resolvers are
    /// synchronous and keep no reference to it, and introspection queries run hundreds of them.
    /// </summary>
    private static ResolverContext CreateResolverContext(
        ExecutionContext context, ExecutionFlow flow, FieldSite site, object? objectValue, LazyResponsePath path)
    {
        if (!IsIntrospectionField(site.ParentType, site.Field))
        {
            return new ResolverContext(context, site, objectValue, path);
        }

        return flow.SpareContext?.Reset(site, objectValue, path)
            ?? (flow.SpareContext = new ResolverContext(context, site, objectValue, path));
    }

    private static bool IsIntrospectionField(ObjectType objectType, OutputField field)
    {
        if (ReferenceEquals(field, IntrospectionTypes.TypeNameField)
            || ReferenceEquals(field, IntrospectionTypes.SchemaField)
            || ReferenceEquals(field, IntrospectionTypes.TypeField))
        {
            return true;
        }

        if (!objectType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return false;
        }

        var types = IntrospectionTypes.All;
        for (var i = 0; i < types.Count; i++)
        {
            if (ReferenceEquals(types[i], objectType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of a lazy sequence resolved for a list field, read now; anything else unchanged.</summary>
    private static object? Materialize(IType type, object? value)
    {
        var unwrapped = type is NonNullType nonNull ? nonNull.OfType : type;
        if (unwrapped is not ListType || value is not IEnumerable sequence || value is string || value is ICollection)
        {
            return value;
        }

        var items = new List<object?>();
        foreach (var item in sequence)
        {
            items.Add(item);
        }

        return items;
    }
}
