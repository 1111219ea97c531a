using SolidarityGraph.Client.Generator.Emit;
using SolidarityGraph.Client.Generator.Shapes;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>
/// Finds the connection an operation pages through: an operation with an <c>$after: String</c> variable and exactly
/// one field, reached through single objects from the root, that takes <c>after: $after</c> and selects <c>nodes</c>
/// and <c>pageInfo { hasNextPage endCursor }</c>.
/// </summary>
internal static class PagingDetector
{
    public static Paging? Find(OperationDefinitionNode operation, ObjectType root, IReadOnlyList<ClassShape> classes)
    {
        var after = operation.VariableDefinitions.FirstOrDefault(OperationEmitter.IsAfter);
        if (after is null || after.Type is not NamedTypeNode { Name.Value: "String" })
        {
            return null;
        }

        var found = new List<List<FieldNode>>();
        Search(operation.SelectionSet, root, new List<FieldNode>(), found);
        if (found.Count != 1)
        {
            return null;
        }

        var path = found[0].Select(f => CSharpNames.Property(f.Alias?.Value ?? f.Name.Value)).ToList();
        var connectionClass = operation.Name!.Value + "_" + string.Join("_", path);
        var nodes = classes.FirstOrDefault(c => c.Name == connectionClass)?.Members.FirstOrDefault(m => m.ResponseName == "nodes");
        return nodes?.Composite is { } nodeType && nodes.Type.NullableType() is ListType list
            ? new Paging(path, nodeType, list.OfType is not NonNullType)
            : null;
    }

    private static void Search(SelectionSetNode set, ObjectType parent, List<FieldNode> path, List<List<FieldNode>> found)
    {
        foreach (var field in set.Selections.OfType<FieldNode>())
        {
            if (field.SelectionSet is null || FieldTypes.Of(parent, field.Name.Value)?.Type.NullableType() is not ObjectType type)
            {
                continue;
            }

            var here = new List<FieldNode>(path) { field };
            if (IsPagedConnection(field))
            {
                found.Add(here);
            }
            else
            {
                Search(field.SelectionSet, type, here, found);
            }
        }
    }

    private static bool IsPagedConnection(FieldNode field) =>
        field.Arguments.Any(a => a.Name.Value == "after" && a.Value is VariableNode { Name.Value: "after" })
        && Plain(field.SelectionSet!, "nodes") is not null
        && Plain(field.SelectionSet!, "pageInfo") is { SelectionSet: { } pageInfo }
        && Plain(pageInfo, "hasNextPage") is not null
        && Plain(pageInfo, "endCursor") is not null;

    private static FieldNode? Plain(SelectionSetNode set, string name) =>
        set.Selections.OfType<FieldNode>().FirstOrDefault(f => f.Alias is null && f.Name.Value == name && f.Directives.Count == 0);
}
