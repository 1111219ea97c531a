using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Paging;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Builds the <see cref="ProjectedRow"/> initializer for one entity: <c>new ProjectedRow { Entity = new T { … },
/// S0 = sort keys…, Sn = nested rows… }</c>. Reference navigations become a null-checked nested row (a LEFT JOIN),
/// collections a correlated <c>…Take(n + 1).Select(…).ToList()</c> that EF Core turns into <c>ROW_NUMBER()</c>.
/// </summary>
internal static class RowExpressionBuilder
{
    /// <param name="projection">What is read of the entity.</param>
    /// <param name="entity">The entity read from.</param>
    /// <param name="owner">The list level the entity belongs to (its sort keys fill the cursor slots).</param>
    /// <param name="defer">Whether collections below a bounded window are left to a statement of their own.</param>
    /// <param name="path">The members from the root to <paramref name="entity"/>.</param>
    /// <param name="layout">What each slot of the row holds.</param>
    /// <param name="reuse">
    /// The source is already in memory (a loader's rows, read with this selection's projection): an entity with no
    /// children to fill is handed on as it is instead of being copied member by member.
    /// </param>
    public static Expression Row(
        EntityProjection projection, Expression entity, ListPlan? owner, bool defer, IReadOnlyList<EntityMember> path, out RowLayout layout, bool reuse = false)
    {
        var slots = new List<Expression>();
        layout = new RowLayout { SortSlots = owner?.IsCursor == true ? owner.Order.Count : 0 };
        for (var i = 0; i < layout.SortSlots; i++)
        {
            var key = owner!.Order[i].Key;
            slots.Add(Box(new ParameterReplacer(key.Parameters[0], entity).Visit(key.Body)));
        }

        var deferred = new EntityProjection { Model = projection.Model, Key = projection.Key };
        if (projection.Key is not null)
        {
            deferred.Members.Add(projection.Key);
        }

        foreach (var child in projection.Children)
        {
            if (defer && (child is ListChild || child is ObjectChild { Projection.HasCollections: true }))
            {
                deferred.Children.Add(child);
                continue;
            }

            var read = Expression.MakeMemberAccess(entity, child.Member.Member);
            var childPath = path.Append(child.Member).ToList();
            if (child is ObjectChild objectChild)
            {
                var nested = Row(objectChild.Projection, read, null, defer, childPath, out var itemLayout);
                layout.Children.Add(new ChildSlot(child, slots.Count, itemLayout, -1));
                slots.Add(Expression.Condition(Expression.Equal(read, Expression.Constant(null, read.Type)), Expression.Constant(null, typeof(ProjectedRow)), nested));
                continue;
            }

            var list = (ListChild)child;
            var element = list.Plan.Model.ClrType;
            var parameter = Expression.Parameter(element, "i");
            var deferBelow = list.Plan.HasTake && list.Plan.Projection.HasCollections;
            var itemRow = Row(list.Plan.Projection, parameter, list.Plan, deferBelow, childPath, out var rowsLayout);
            var rows = ListExpressions.Select(ListExpressions.Apply(read, list.Plan, queryable: false), element, Expression.Lambda(itemRow, parameter), queryable: false);
            var slot = slots.Count;
            slots.Add(Box(Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), new[] { typeof(ProjectedRow) }, rows)));
            var countSlot = -1;
            if (list.Plan.CountNeeded)
            {
                countSlot = slots.Count;
                slots.Add(Box(ListExpressions.Count(read, list.Plan, queryable: false)));
            }

            layout.Children.Add(new ChildSlot(child, slot, rowsLayout, countSlot));
        }

        if (deferred.Children.Count > 0 && projection.Key is not null)
        {
            layout.Deferred = new DeferredLevel(path, deferred);
        }

        return Init(Box(reuse && projection.Children.Count == 0 ? entity : EntityInit(projection, entity)), slots);
    }

    private static Expression EntityInit(EntityProjection projection, Expression entity)
    {
        if (projection.WholeEntity)
        {
            return entity;
        }

        var bindings = projection.Members.Select(m => Expression.Bind(EntityFactory.WritableMember(m)!, Expression.MakeMemberAccess(entity, m)));
        return Expression.MemberInit(Expression.New(projection.Model.ClrType), bindings);
    }

    /// <summary><c>new ProjectedRow { Entity = …, S0 = …, …, More = new ProjectedRow { … } }</c>.</summary>
    private static Expression Init(Expression? entity, IReadOnlyList<Expression> slots)
    {
        var bindings = new List<MemberBinding>();
        if (entity is not null)
        {
            bindings.Add(Expression.Bind(ProjectedRow.EntityProperty, entity));
        }

        for (var i = 0; i < Math.Min(slots.Count, ProjectedRow.SlotsPerRow); i++)
        {
            bindings.Add(Expression.Bind(ProjectedRow.SlotProperties[i], slots[i]));
        }

        if (slots.Count > ProjectedRow.SlotsPerRow)
        {
            bindings.Add(Expression.Bind(ProjectedRow.MoreProperty, Init(null, slots.Skip(ProjectedRow.SlotsPerRow).ToList())));
        }

        return Expression.MemberInit(Expression.New(typeof(ProjectedRow)), bindings);
    }

    private static Expression Box(Expression value) => value.Type == typeof(object) ? value : Expression.Convert(value, typeof(object));
}
