using System.Reflection;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Plans what a projection reads of an entity for a selection set: the selected leaf members (plus the key and members
/// marked <c>IsProjected(true)</c>), reference navigations as nested entities, plain collections, and nested data
/// fields (connections, filtered lists) with their own arguments. Fields without a member binding (custom resolvers)
/// read only the members they declare with <c>Requires(...)</c>, and so do fields bound to computed members; members
/// stored whole (<c>IsStoredWhole()</c>) are read like leaves; protected fields are read only for authorized callers.
/// Sort keys and cursors need no members here: the row reads them into slots of their own.
/// </summary>
internal static class ProjectionPlanner
{
    public static EntityProjection Whole(EntityModel model)
    {
        var projection = new EntityProjection { Model = model, WholeEntity = true, Key = model.FindKey(null) };
        return projection;
    }

    public static EntityProjection Build(PlanContext context, ObjectType type, IReadOnlyList<FieldNode> nodes)
    {
        var model = EntityModel.For(type);
        var key = model.FindKey(null);
        var projection = new EntityProjection { Model = model, Key = key, WholeEntity = !EntityFactory.CanCreate(model.ClrType) };
        if (key is not null)
        {
            projection.Members.Add(key);
        }

        foreach (var member in model.Members.Values.Where(m => m.ProjectedFlag == true && m.Kind == MemberKind.Leaf))
        {
            AddLeaf(projection, member.Member);
        }

        var objects = new Dictionary<EntityMember, List<FieldNode>>();
        var lists = new Dictionary<EntityMember, List<FieldNode>>();
        foreach (var selected in context.Selections.Collect(type, nodes))
        {
            foreach (var required in RequiredMembers.Of(selected.Field, model.ClrType))
            {
                AddLeaf(projection, required);
            }

            if (!model.Members.TryGetValue(selected.Field.Name, out var member) || member.ProjectedFlag == false || !context.Access.IsAllowed(member))
            {
                continue;
            }

            if (DataFieldModel.Of(member.Field) is { } data && member.Kind == MemberKind.List)
            {
                var coordinate = $"{type.Name}.{member.Name}";
                var arguments = context.CoerceArguments(member.Field, selected.Nodes[0], coordinate);
                projection.Children.Add(new ListChild(member, ListPlanBuilder.Build(context, data, arguments, selected.Nodes), selected.ResponseKey));
                continue;
            }

            if (member.DeclaresRequirements && EntityFactory.WritableMember(member.Member) is null)
            {
                // A computed member: it is computed on the projected entity from the members it requires (read above).
                continue;
            }

            if (member.IsStoredWhole)
            {
                AddLeaf(projection, member.Member);
                continue;
            }

            switch (member.Kind)
            {
                case MemberKind.Leaf:
                    AddLeaf(projection, member.Member);
                    break;
                case MemberKind.Object when member.Target?.RuntimeType is not null:
                    Nodes(objects, member).AddRange(selected.Nodes);
                    break;
                case MemberKind.List when member.Target?.RuntimeType is not null:
                    Nodes(lists, member).AddRange(selected.Nodes);
                    break;
            }
        }

        foreach (var (member, selections) in objects)
        {
            projection.Children.Add(new ObjectChild(member, Build(context, member.Target!, selections)));
        }

        foreach (var (member, selections) in lists)
        {
            var itemModel = EntityModel.For(member.Target!);
            var plan = new ListPlan { Field = null, Model = itemModel, Projection = Build(context, member.Target!, selections) };
            projection.Children.Add(new ListChild(member, plan, null));
        }

        return projection;
    }

    private static void AddLeaf(EntityProjection projection, MemberInfo member)
    {
        if (projection.Members.Contains(member))
        {
            return;
        }

        projection.Members.Add(member);
        projection.WholeEntity |= EntityFactory.WritableMember(member) is null;
    }

    private static List<FieldNode> Nodes(Dictionary<EntityMember, List<FieldNode>> map, EntityMember member)
    {
        if (!map.TryGetValue(member, out var list))
        {
            map[member] = list = new List<FieldNode>();
        }

        return list;
    }
}
