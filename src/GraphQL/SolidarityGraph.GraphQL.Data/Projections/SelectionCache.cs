using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// What one request computed per field selection: a relation resolved per parent (a DataLoader group) plans the same
/// field selection with the same arguments, variables and caller for every parent, so its list plan (and the columns
/// its loader reads) are computed once per request; field policies are evaluated per request as well (their results
/// are cached per request anyway).
/// </summary>
internal static class SelectionCache
{
    private const string ContextKey = "SolidarityGraph.Data.SelectionCache";

    /// <summary>The value for <paramref name="purpose"/> (a constant string, compared by reference) and this field selection.</summary>
    public static T GetOrAdd<T>(IResolverContext context, string purpose, Func<T> create, Func<T, bool>? reusable = null)
        where T : class
    {
        var plans = Plans(context);
        // The variables instance belongs to one execution, so a context dictionary shared by two executions cannot mix plans.
        var key = new SelectionKey([purpose, context.Field, context.Variables, .. context.FieldSelection]);
        lock (plans)
        {
            if (plans.TryGetValue(key, out var known))
            {
                return (T)known;
            }
        }

        var created = create();
        if (reusable?.Invoke(created) != false)
        {
            lock (plans)
            {
                plans[key] = created;
            }
        }

        return created;
    }

    private static Dictionary<SelectionKey, object> Plans(IResolverContext context)
    {
        lock (context.ContextData)
        {
            if (!context.ContextData.TryGetValue(ContextKey, out var value) || value is not Dictionary<SelectionKey, object> plans)
            {
                context.ContextData[ContextKey] = plans = new Dictionary<SelectionKey, object>();
            }

            return plans;
        }
    }

    /// <summary>A field, the execution's variables and the field's merged syntax nodes, compared by reference.</summary>
    private sealed class SelectionKey(object[] parts) : IEquatable<SelectionKey>
    {
        private readonly object[] _parts = parts;

        public bool Equals(SelectionKey? other)
        {
            if (other is null || _parts.Length != other._parts.Length)
            {
                return false;
            }

            for (var i = 0; i < _parts.Length; i++)
            {
                if (!ReferenceEquals(_parts[i], other._parts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as SelectionKey);

        public override int GetHashCode()
        {
            var hash = 0;
            foreach (var part in _parts)
            {
                hash = HashCode.Combine(hash, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(part));
            }

            return hash;
        }
    }
}
