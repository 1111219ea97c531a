using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// What planning computed per field selection, kept so it is computed once. A relation resolved per parent (a
/// DataLoader group) plans the same field selection for every parent, so within a request a plan (and the columns its
/// loader reads) is computed once. Across requests, a plan is shared while the parsed document lives (documents are
/// cached and immutable, so the same query text reaches the same syntax nodes): when the operation has no variables,
/// a field selection's arguments and selections are fixed by the document, and what else the plan depends on, the
/// caller's field policies, is recorded (<see cref="AccessLog"/>) and checked again for each caller. Everything derived
/// from a shared plan (expression trees, compiled readers, a loader's compiled query) is then built once per document.
/// </summary>
internal static class SelectionCache
{
    private const string ContextKey = "SolidarityGraph.Data.SelectionCache";

    // Variants per selection: one per distinct set of policy answers (public caller, steward …); more is pathological.
    private const int VariantLimit = 8;

    // Keyed by the first syntax node of the selection, so entries go when the document leaves the document cache.
    private static readonly ConditionalWeakTable<FieldNode, Dictionary<SelectionKey, Variant[]>> Shared = new();

    /// <summary>
    /// Whether values planned for this field selection serve every request with the same document (and caller
    /// policies): true when the operation has no variables.
    /// </summary>
    public static bool Shares(IResolverContext context) => context.Variables.Count == 0 && context.FieldSelection.Count > 0;

    /// <summary>The value for <paramref name="purpose"/> (a constant string, compared by reference) and this field selection.</summary>
    public static T GetOrAdd<T>(IResolverContext context, string purpose, Func<T> create, Func<T, bool>? reusable = null)
        where T : class
    {
        if (Shares(context))
        {
            return GetOrAddShared(context, purpose, create, reusable);
        }

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

    private static T GetOrAddShared<T>(IResolverContext context, string purpose, Func<T> create, Func<T, bool>? reusable)
        where T : class
    {
        var entries = Shared.GetValue(context.FieldSelection[0], _ => new Dictionary<SelectionKey, Variant[]>());
        var key = new SelectionKey([purpose, context.Field, .. context.FieldSelection]);
        Variant[]? variants;
        lock (entries)
        {
            entries.TryGetValue(key, out variants);
        }

        if (variants is not null)
        {
            FieldAccess? access = null;
            foreach (var variant in variants)
            {
                if (variant.Decisions.Count == 0 || variant.Decisions.All(decision => decision.Holds(access ??= new FieldAccess(context))))
                {
                    return (T)variant.Value;
                }
            }
        }

        var (created, decisions) = AccessLog.Record(create);
        if (reusable?.Invoke(created) != false)
        {
            lock (entries)
            {
                // Copy on write: readers iterate the array they took without a lock.
                var known = entries.TryGetValue(key, out var current) ? current : [];
                if (known.Length < VariantLimit)
                {
                    entries[key] = [.. known, new Variant(created, decisions)];
                }
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

    /// <summary>A value planned for one caller class: valid for a caller for whom every recorded decision holds.</summary>
    private sealed record Variant(object Value, IReadOnlyList<AccessDecision> Decisions);

    /// <summary>A field, (within a request) the execution's variables and the field's merged syntax nodes, compared by reference.</summary>
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
                hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(part));
            }

            return hash;
        }
    }
}
