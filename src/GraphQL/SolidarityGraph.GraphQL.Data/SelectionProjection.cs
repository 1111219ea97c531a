using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.Data.Building;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// What a resolver that reads its own rows (a DataLoader batch, say) should read of each <typeparamref name="T"/> for
/// the field it resolves: the selected members, the key, members that selected fields declare with <c>Requires</c>,
/// and the members the field's <c>where</c> and <c>order</c> read. For a connection or filtered list it also offers
/// the field's <see cref="Window"/> (filter, order, cursor bounds and page size plus one), so a batch can read just
/// the page of each parent in SQL. Obtain it with <see cref="SelectionProjectionExtensions.GetProjection{T}"/>.
/// </summary>
/// <typeparam name="T">The entity type the resolver reads.</typeparam>
public sealed class SelectionProjection<T>
    where T : class
{
    // Selectors depend only on the type and the member list, so they are shared by every request (bounded by the schema).
    private const int CacheLimit = 1024;

    private static readonly ConcurrentDictionary<string, Expression<Func<T, T>>> Selectors = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<MemberInfo>? _members;
    private readonly ListPlan? _window;
    private Expression<Func<IQueryable<T>, IQueryable<T>>>? _windowExpression;

    internal SelectionProjection(IReadOnlyList<MemberInfo>? members, ListPlan? window = null, long selection = 0, bool shared = false)
    {
        _members = members;
        _window = window;
        IsShared = shared;
        Shape = members is null ? string.Empty : "(" + string.Join(",", members.Select(m => m.Name)) + ")";
        BatchKey = window is null ? Shape : Shape + "@" + selection.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The whole entity is read (no projection applies, or the type cannot be built member by member).</summary>
    public static SelectionProjection<T> Whole { get; } = new(null);

    /// <summary>
    /// Names a DataLoader: equal for calls that read the same rows. Without a window it is <see cref="Shape"/>, so any
    /// selection reading the same members shares a batch; with one it also identifies the field selection, because the
    /// window depends on its arguments.
    /// </summary>
    public string BatchKey { get; }

    /// <summary>
    /// Whether this instance serves every request that sends the same document (with the same field-policy answers
    /// for its caller), whatever the variable values: the selection reads no variable, so its arguments are part of
    /// the cached document. A resolver may then cache what it derives from the instance, such as a compiled query,
    /// keyed by the instance. Otherwise the instance serves only requests with the same values of the variables the
    /// selection reads (or one request), and such a cache would be built again for each new value.
    /// </summary>
    public bool IsShared { get; }

    /// <summary>Whether the field offers a <see cref="Window"/> (a cursor connection or an unpaged filtered list).</summary>
    public bool HasWindow => _window is not null;

    /// <summary>
    /// <c>q =&gt; q.Where(filter).Where(cursor bounds).OrderBy(order).Take(size + 1).Select(projection)</c> for one
    /// parent's items, to compose into a batch query (a correlated subquery per parent becomes one statement with
    /// <c>ROW_NUMBER() OVER (PARTITION BY …)</c>). The data middleware applies the same plan again to what the resolver
    /// returns, which changes nothing on this window. Null when <see cref="HasWindow"/> is false.
    /// </summary>
    public Expression<Func<IQueryable<T>, IQueryable<T>>>? Window => _window is null ? null : _windowExpression ??= BuildWindow(_window);

    /// <summary>
    /// <c>q =&gt; q.Where(filter).Count()</c> when the field's <c>totalCount</c> is selected; return it with the items in a
    /// <see cref="WindowedList{T}"/>, since the middleware cannot count a window.
    /// </summary>
    public Expression<Func<IQueryable<T>, int>>? Count
    {
        get
        {
            if (_window is not { CountNeeded: true } plan)
            {
                return null;
            }

            var source = Expression.Parameter(typeof(IQueryable<T>), "q");
            return Expression.Lambda<Func<IQueryable<T>, int>>(Projections.ListExpressions.Count(source, plan, queryable: true), source);
        }
    }

    /// <summary>
    /// Identifies what is read: empty for the whole entity, otherwise the member list. Two calls with the same shape
    /// read the same columns, so a DataLoader named after it batches them together and caches only complete entities.
    /// </summary>
    public string Shape { get; }

    /// <summary>Whether the whole entity is read.</summary>
    public bool IsWhole => _members is null;

    /// <summary>The member names read (the key first); empty when <see cref="IsWhole"/>.</summary>
    public IReadOnlyList<string> Members => _members?.Select(m => m.Name).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary><c>x =&gt; new T { A = x.A, … }</c>, or <see langword="null"/> when the whole entity is read.</summary>
    public Expression<Func<T, T>>? Selector =>
        _members is null ? null : Selectors.TryGetValue(Shape, out var known) ? known : Remember(BuildSelector(_members));

    /// <summary>Applies the projection to <paramref name="query"/>: the provider reads only the projected columns.</summary>
    public IQueryable<T> Apply(IQueryable<T> query) => Selector is { } selector ? query.Select(selector) : query;

    private Expression<Func<IQueryable<T>, IQueryable<T>>> BuildWindow(ListPlan plan)
    {
        var source = Expression.Parameter(typeof(IQueryable<T>), "q");
        var window = Projections.ListExpressions.Apply(source, plan, queryable: true);
        if (Selector is { } selector)
        {
            window = Projections.ListExpressions.Select(window, typeof(T), selector, queryable: true);
        }

        return Expression.Lambda<Func<IQueryable<T>, IQueryable<T>>>(window, source);
    }

    private Expression<Func<T, T>> Remember(Expression<Func<T, T>> selector)
    {
        if (Selectors.Count < CacheLimit)
        {
            Selectors.TryAdd(Shape, selector);
        }

        return selector;
    }

    private static Expression<Func<T, T>> BuildSelector(IReadOnlyList<MemberInfo> members)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        var bindings = members.Select(m => Expression.Bind(Projections.EntityFactory.WritableMember(m)!, Expression.MakeMemberAccess(entity, m)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), entity);
    }
}
