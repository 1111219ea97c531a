using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// What a resolver that reads its own rows (a DataLoader batch, say) should read of each <typeparamref name="T"/> for
/// the field it resolves: the selected members, the key, members that selected fields declare with <c>Requires</c>,
/// and the members the field's <c>where</c> and <c>order</c> read. Obtain it with
/// <see cref="SelectionProjectionExtensions.GetProjection{T}"/>.
/// </summary>
/// <typeparam name="T">The entity type the resolver reads.</typeparam>
public sealed class SelectionProjection<T>
    where T : class
{
    // Selectors depend only on the type and the member list, so they are shared by every request (bounded by the schema).
    private const int CacheLimit = 1024;

    private static readonly ConcurrentDictionary<string, Expression<Func<T, T>>> Selectors = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<MemberInfo>? _members;

    internal SelectionProjection(IReadOnlyList<MemberInfo>? members)
    {
        _members = members;
        Shape = members is null ? string.Empty : "(" + string.Join(",", members.Select(m => m.Name)) + ")";
    }

    /// <summary>The whole entity is read (no projection applies, or the type cannot be built member by member).</summary>
    public static SelectionProjection<T> Whole { get; } = new(null);

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
