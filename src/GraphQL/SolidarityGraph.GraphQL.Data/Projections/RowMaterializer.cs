using SolidarityGraph.GraphQL.Data.Building;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Unwraps projected rows into entities: nested entities and plain lists are assigned to their members, data fields
/// (connections, filtered lists) are stored in <see cref="ProjectionState"/> for their resolvers, and entities with
/// deferred children are registered with their <see cref="DeferredLevel"/>.
/// </summary>
internal sealed class RowMaterializer
{
    public List<DeferredLevel> Deferred { get; } = new();

    public List<object> Entities(IReadOnlyList<ProjectedRow> rows, RowLayout layout)
    {
        var entities = new List<object>(rows.Count);
        foreach (var row in rows)
        {
            entities.Add(Entity(row, layout));
        }

        return entities;
    }

    public object Entity(ProjectedRow row, RowLayout layout)
    {
        var entity = row.Entity ?? throw new InvalidOperationException("A projected row has no entity.");
        ApplyChildren(entity, row, layout);
        if (layout.Deferred is { } deferred)
        {
            var key = KeyOf(entity, deferred.Projection);
            if (!deferred.Targets.TryGetValue(key, out var targets))
            {
                deferred.Targets[key] = targets = new List<object>();
                if (deferred.Targets.Count == 1)
                {
                    Deferred.Add(deferred);
                }
            }

            targets.Add(entity);
        }

        return entity;
    }

    /// <summary>Applies the child slots of <paramref name="row"/> to <paramref name="entity"/> (the row's own, or a deferred target).</summary>
    public void ApplyChildren(object entity, ProjectedRow row, RowLayout layout)
    {
        foreach (var slot in layout.Children)
        {
            var value = row.Slot(slot.Slot);
            switch (slot.Child)
            {
                case ObjectChild child:
                    EntityFactory.Assign(entity, child.Member, value is ProjectedRow nested ? Entity(nested, slot.Items) : null);
                    break;
                case ListChild child:
                    var rows = value as IReadOnlyList<ProjectedRow> ?? Array.Empty<ProjectedRow>();
                    var items = Entities(rows, slot.Items);
                    if (child.ResponseKey is null)
                    {
                        EntityFactory.Assign(entity, child.Member, items);
                        break;
                    }

                    var count = slot.CountSlot >= 0 ? Convert.ToInt32(row.Slot(slot.CountSlot), System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
                    var result = PageBuilder.Build(child.Plan, rows, items, slot.Items, count is { } c ? _ => new ValueTask<int>(c) : null);
                    ProjectionState.Set(entity, child.ResponseKey, result);
                    break;
            }
        }
    }

    public static object KeyOf(object entity, EntityProjection projection) => projection.Key switch
    {
        System.Reflection.PropertyInfo property => property.GetValue(entity)!,
        System.Reflection.FieldInfo field => field.GetValue(entity)!,
        _ => throw new InvalidOperationException($"{projection.Model.ClrType.Name} has no key."),
    };
}
