using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Projections;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// Projections for resolvers that read rows themselves, typically through a DataLoader: the middleware then filters,
/// sorts and pages the loaded entities in memory, so the loader must read every member those steps need as well as the
/// selected ones. The same plan the data middleware builds decides it, so the two cannot disagree.
/// </summary>
public static class SelectionProjectionExtensions
{
    private const string Purpose = "SolidarityGraph.Data.ReadMembers";

    /// <summary>
    /// The projection of <typeparamref name="T"/> for the field being resolved. It applies when the field is a data
    /// field over <typeparamref name="T"/> (<c>UseProjection</c>) or returns <typeparamref name="T"/> (or a list of it);
    /// otherwise the whole entity is read.
    /// </summary>
    /// <param name="context">The resolver context of the field.</param>
    /// <param name="alsoRead">Members the resolver itself reads, such as the foreign key a loader groups by.</param>
    /// <exception cref="Execution.GraphQLException">The field's arguments are invalid (the same error the middleware reports).</exception>
    public static SelectionProjection<T> GetProjection<T>(this IResolverContext context, params ReadOnlySpan<LambdaExpression> alsoRead)
        where T : class
    {
        var selected = SelectionCache.GetOrAdd(
            context, PurposeOf<T>.Value, typeof(T), static (context, clrType) => Plan(context, clrType, SelectionCache.Shares(context)));
        return selected.IsWhole ? SelectionProjection<T>.Whole : selected.Projection<T>(alsoRead);
    }

    private static ReadMembers Plan(IResolverContext context, Type clrType, bool shared)
    {
        if (DataFieldModel.Of(context.Field) is { } field)
        {
            if (!field.Options.Projection || field.NodeType.RuntimeType != clrType)
            {
                return ReadMembers.Whole;
            }

            var plan = DataFailure.Guard(field.Coordinate, () => ListPlanBuilder.Build(new PlanContext(context), field, context.Arguments, context.FieldSelection));
            // An offset window cannot be applied twice (the middleware applies the plan again to what the resolver read).
            return new ReadMembers(Members(plan), plan.IsOffset ? null : plan, shared);
        }

        return ObjectTypeOf(context, clrType) is { } type && EntityFactory.CanCreate(clrType)
            ? new ReadMembers(Members(ProjectionPlanner.Build(new PlanContext(context), type, context.FieldSelection)), null, shared)
            : ReadMembers.Whole;
    }

    /// <summary>
    /// The object type the field returns as <paramref name="clrType"/>: its own type, or, for a field typed with an
    /// interface or union (<c>node(id:)</c>), the possible type the resolver loads, whose projection reads what the
    /// selection asks of that type (its fields and the fragments that apply to it).
    /// </summary>
    private static ObjectType? ObjectTypeOf(IResolverContext context, Type clrType) =>
        Types.TypeExtensions.NamedType(context.Field.Type) switch
        {
            ObjectType type => type.RuntimeType == clrType ? type : null,
            IAbstractType @abstract => context.Schema.GetPossibleTypes(@abstract).SingleOrDefault(t => t.RuntimeType == clrType),
            _ => null,
        };

    /// <summary>What a list level reads: its projection plus the members its filter and sort keys read.</summary>
    private static List<MemberInfo>? Members(ListPlan plan)
    {
        var members = Members(plan.Projection);
        var readable = members is not null
            && (plan.Filter is null || MemberCollector.TryAdd(members, plan.Filter))
            && plan.Order.All(key => MemberCollector.TryAdd(members, key.Key));
        return readable ? members : null;
    }

    /// <summary>The projection's members and navigations, or null when the entity is read whole.</summary>
    private static List<MemberInfo>? Members(EntityProjection projection)
    {
        if (projection.WholeEntity || !EntityFactory.CanCreate(projection.Model.ClrType))
        {
            return null;
        }

        var members = new List<MemberInfo>(projection.Members);
        foreach (var child in projection.Children.Where(c => !members.Any(m => MemberCollector.SameMember(m, c.Member.Member))))
        {
            members.Add(child.Member.Member); // a navigation is copied whole; the middleware projects below it in memory
        }

        return members.All(m => EntityFactory.WritableMember(m) is not null) ? members : null;
    }

    /// <summary>
    /// The members one field selection reads, with its projections built once: the plain one and one per set of
    /// <c>alsoRead</c> lambdas (compared by reference, so a resolver should keep its lambdas in static fields).
    /// </summary>
    private sealed class ReadMembers(List<MemberInfo>? members, ListPlan? window, bool shared)
    {
        public static readonly ReadMembers Whole = new(null, null, false);

        // Identifies the selection within the process, so loaders reading a window (which depends on the arguments) never share a batch.
        private static long _selections;

        private readonly long _selection = Interlocked.Increment(ref _selections);
        private readonly List<(LambdaExpression[] AlsoRead, object Projection)> _built = new();

        /// <summary>Neither a projection nor a window applies: the resolver reads whole entities, unwindowed.</summary>
        public bool IsWhole => members is null && window is null;

        public SelectionProjection<T> Projection<T>(ReadOnlySpan<LambdaExpression> alsoRead)
            where T : class
        {
            lock (_built)
            {
                foreach (var (known, projection) in _built)
                {
                    if (known.AsSpan().SequenceEqual(alsoRead, ReferenceComparer.Instance))
                    {
                        return (SelectionProjection<T>)projection;
                    }
                }
            }

            var kept = alsoRead.ToArray();
            var created = Create<T>(kept);
            lock (_built)
            {
                _built.Add((kept, created));
            }

            return created;
        }

        private SelectionProjection<T> Create<T>(LambdaExpression[] alsoRead)
            where T : class
        {
            if (members is null)
            {
                return new SelectionProjection<T>(null, window, _selection, shared);
            }

            var all = new List<MemberInfo>(members);
            return alsoRead.All(read => MemberCollector.TryAdd(all, read)) && all.All(m => EntityFactory.WritableMember(m) is not null)
                ? new SelectionProjection<T>(all, window, _selection, shared)
                : new SelectionProjection<T>(null, window, _selection, shared);
        }
    }

    /// <summary>
    /// The cache purpose per entity type, one string instance each (purposes compare by reference): a field typed with
    /// an interface or union plans each possible type it loads apart.
    /// </summary>
    private static class PurposeOf<T>
    {
        public static readonly string Value = Purpose + ":" + typeof(T).FullName;
    }

    private sealed class ReferenceComparer : IEqualityComparer<LambdaExpression>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(LambdaExpression? x, LambdaExpression? y) => ReferenceEquals(x, y);

        public int GetHashCode(LambdaExpression obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>The members of the entity parameter a lambda reads: for <c>x.Place.Name</c>, <c>Place</c>.</summary>
internal sealed class MemberCollector : ExpressionVisitor
{
    private readonly ParameterExpression _entity;
    private readonly List<MemberInfo> _members;
    private bool _wholeEntity;

    private MemberCollector(ParameterExpression entity, List<MemberInfo> members)
    {
        _entity = entity;
        _members = members;
    }

    /// <summary>Adds the members <paramref name="lambda"/> reads; false when it uses the entity other than through a member.</summary>
    public static bool TryAdd(List<MemberInfo> members, LambdaExpression lambda)
    {
        var collector = new MemberCollector(lambda.Parameters[0], members);
        collector.Visit(lambda.Body);
        return !collector._wholeEntity;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var outermost = node;
        while (outermost.Expression is MemberExpression inner)
        {
            outermost = inner;
        }

        if (outermost.Expression != _entity)
        {
            return base.VisitMember(node);
        }

        if (!_members.Any(m => SameMember(m, outermost.Member)))
        {
            _members.Add(outermost.Member);
        }

        return node;
    }

    /// <summary>Compares members by declaration: an inherited member read through a subtype is still the same member.</summary>
    public static bool SameMember(MemberInfo a, MemberInfo b) => a.MetadataToken == b.MetadataToken && a.Module == b.Module;

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _wholeEntity |= node == _entity;
        return node;
    }
}
