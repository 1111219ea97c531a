using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// What planning computed per field selection, kept so it is computed once. A relation resolved per parent (a
/// DataLoader group) plans the same field selection for every parent, so within a request a plan (and the columns its
/// loader reads) is computed once. Across requests, a plan is shared while the parsed document lives (documents are
/// cached and immutable, so the same query text reaches the same syntax nodes). A plan depends on the field selection's
/// syntax, on the values of the variables referenced in it (<see cref="VariableUsage"/>: arguments, <c>@skip</c>/
/// <c>@include</c>, fragments below the field) and on the caller's field policies, which are recorded
/// (<see cref="AccessLog"/>) and checked again for each caller. So a shared plan is keyed by the selection and those
/// variable values, and serves a caller when every recorded policy answer holds. Everything derived from a shared plan
/// (expression trees, compiled readers, a loader's compiled query) is then built once per document and values.
/// </summary>
internal static partial class SelectionCache
{
    private const string ContextKey = "SolidarityGraph.Data.SelectionCache";

    // Variants per selection: one per distinct set of policy answers (public caller, steward …); more is pathological.
    private const int VariantLimit = 8;

    // Plans kept per document node for selections whose variables have values: a client sending ever new values (a
    // cursor, a search term) would otherwise grow the cache; when full, those plans are dropped and planned anew.
    private const int BoundLimit = 64;

    // Keyed by the first syntax node of the selection, so entries go when the document leaves the document cache.
    private static readonly ConditionalWeakTable<FieldNode, Entries> Shared = new();

    private const string MemoKey = "SolidarityGraph.Data.SelectionCache.Memo";

    /// <summary>
    /// Whether values planned for this field selection serve every request with the same document (and caller
    /// policies) whatever its variable values: the selection reads no variable. What is derived from such a plan and
    /// cached by instance (a compiled query) is then built once per document; a selection that reads variables is
    /// shared only among requests with equal values, so a per-instance cache would be built again for each new value.
    /// </summary>
    public static bool Shares(IResolverContext context) =>
        context.FieldSelection.Count > 0 && Shared.GetValue(context.FieldSelection[0], _ => new Entries()).ValuesOf(context) is null;

    /// <summary>The value for <paramref name="purpose"/> (a constant string, compared by reference) and this field selection.</summary>
    public static T GetOrAdd<T>(IResolverContext context, string purpose, Func<T> create, Func<T, bool>? reusable = null)
        where T : class =>
        GetOrAdd(context, purpose, create, static (_, create) => create(), reusable);

    /// <summary>
    /// The value for <paramref name="purpose"/> and this field selection, created from <paramref name="state"/> when
    /// missing: callers pass static lambdas, so a lookup that finds the value allocates nothing.
    /// </summary>
    public static T GetOrAdd<T, TState>(
        IResolverContext context, string purpose, TState state, Func<IResolverContext, TState, T> create, Func<T, bool>? reusable = null)
        where T : class
    {
        var selection = context.FieldSelection;
        if (selection.Count == 0)
        {
            return GetOrAddInRequest(context, purpose, state, create, reusable);
        }

        // Every parent of a list resolves its field with the same merged selection: what the first parent found serves
        // the others without building a key or checking policies again. The memo lives with the request, not with the
        // selection list, which the executor may keep with its document for later requests and other callers.
        var memo = Memo(context);
        var memoKey = new RequestMemoKey(selection, purpose, context.Field, context.Variables);
        lock (memo)
        {
            if (memo.TryGetValue(memoKey, out var known))
            {
                return (T)known;
            }
        }

        var (value, cached) = GetOrAddShared(context, purpose, state, create, reusable);
        if (cached)
        {
            lock (memo)
            {
                memo[memoKey] = value;
            }
        }

        return value;
    }

    private static T GetOrAddInRequest<T, TState>(
        IResolverContext context, string purpose, TState state, Func<IResolverContext, TState, T> create, Func<T, bool>? reusable)
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

        var created = create(context, state);
        if (reusable?.Invoke(created) != false)
        {
            lock (plans)
            {
                plans[key] = created;
            }
        }

        return created;
    }

    private static (T Value, bool Cached) GetOrAddShared<T, TState>(
        IResolverContext context, string purpose, TState state, Func<IResolverContext, TState, T> create, Func<T, bool>? reusable)
        where T : class
    {
        var entries = Shared.GetValue(context.FieldSelection[0], _ => new Entries());
        var probe = new SelectionProbe(purpose, context.Field, context.FieldSelection, entries.ValuesOf(context));
        var variants = entries.Find(probe);
        if (variants is not null)
        {
            FieldAccess? access = null;
            foreach (var variant in variants)
            {
                if (variant.Decisions.Count == 0 || variant.Decisions.All(decision => decision.Holds(access ??= new FieldAccess(context))))
                {
                    return ((T)variant.Value, true);
                }
            }
        }

        return Create(context, state, create, reusable, entries, probe);
    }

    // Apart from the lookup: a lambda capturing the arguments would allocate its closure on every call, found or not.
    private static (T Value, bool Cached) Create<T, TState>(
        IResolverContext context, TState state, Func<IResolverContext, TState, T> create, Func<T, bool>? reusable, Entries entries, SelectionProbe probe)
        where T : class
    {
        var (created, decisions) = AccessLog.Record(() => create(context, state));
        var cached = reusable?.Invoke(created) != false;
        if (cached)
        {
            entries.Add(probe.ToKey(), new Variant(created, decisions));
        }

        return (created, cached);
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

    private static Dictionary<RequestMemoKey, object> Memo(IResolverContext context)
    {
        lock (context.ContextData)
        {
            if (!context.ContextData.TryGetValue(MemoKey, out var value) || value is not Dictionary<RequestMemoKey, object> memo)
            {
                context.ContextData[MemoKey] = memo = new Dictionary<RequestMemoKey, object>();
            }

            return memo;
        }
    }

    /// <summary>A value planned for one caller class: valid for a caller for whom every recorded decision holds.</summary>
    private sealed record Variant(object Value, IReadOnlyList<AccessDecision> Decisions);

    /// <summary>The shared plans below one syntax node (the first of a field selection) and the variables its selections read.</summary>
    private sealed class Entries
    {
        private readonly Dictionary<SelectionKey, Variant[]> _plans = new(SelectionKeyComparer.Instance);
        private readonly Dictionary<SelectionKey, string[]> _variables = new(SelectionKeyComparer.Instance);
        private readonly Lock _gate = new();
        private int _bound;

        /// <summary>The values of the variables the field selection reads; null when it reads none.</summary>
        public VariableValues? ValuesOf(IResolverContext context)
        {
            if (context.Variables.Count == 0)
            {
                return null;
            }

            var selection = new SelectionProbe(null, context.Field, context.FieldSelection, null);
            string[]? names;
            lock (_gate)
            {
                _variables.GetAlternateLookup<SelectionProbe>().TryGetValue(selection, out names);
            }

            if (names is null)
            {
                names = VariableUsage.Of(context.FieldSelection, context.Fragments);
                lock (_gate)
                {
                    _variables[selection.ToKey()] = names;
                }
            }

            return names.Length == 0 ? null : VariableValues.Of(names, context.Variables);
        }

        public Variant[]? Find(SelectionProbe probe)
        {
            lock (_gate)
            {
                return _plans.GetAlternateLookup<SelectionProbe>().TryGetValue(probe, out var variants) ? variants : null;
            }
        }

        public void Add(SelectionKey key, Variant variant)
        {
            lock (_gate)
            {
                // Copy on write: readers iterate the array they took without a lock.
                var known = _plans.TryGetValue(key, out var current) ? current : [];
                if (known.Length >= VariantLimit)
                {
                    return;
                }

                if (key.Values is not null && known.Length == 0 && ++_bound > BoundLimit)
                {
                    foreach (var bound in _plans.Keys.Where(k => k.Values is not null).ToList())
                    {
                        _plans.Remove(bound);
                    }

                    _bound = 1;
                }

                _plans[key] = [.. known, variant];
            }
        }
    }

    /// <summary>
    /// One merged field selection's value within a request: the selection, purpose, field and the execution's variables
    /// (so a context dictionary shared by two executions cannot mix them), each compared by reference.
    /// </summary>
    private readonly struct RequestMemoKey(object selection, string purpose, object field, object variables) : IEquatable<RequestMemoKey>
    {
        private readonly object _selection = selection;
        private readonly string _purpose = purpose;
        private readonly object _field = field;
        private readonly object _variables = variables;

        public bool Equals(RequestMemoKey other) =>
            ReferenceEquals(_selection, other._selection) && ReferenceEquals(_purpose, other._purpose)
            && ReferenceEquals(_field, other._field) && ReferenceEquals(_variables, other._variables);

        public override bool Equals(object? obj) => obj is RequestMemoKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(
            RuntimeHelpers.GetHashCode(_selection), RuntimeHelpers.GetHashCode(_purpose), RuntimeHelpers.GetHashCode(_field));
    }
}
