using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>
/// Adds <c>__typename</c> to the selection set of every field of an abstract type, as Strawberry Shake does, so the
/// generated parser can choose the concrete result type.
/// </summary>
internal sealed class TypenameRewriter(Schema schema)
{
    public const string Typename = "__typename";

    public ExecutableDefinitionNode Rewrite(ExecutableDefinitionNode definition) => definition switch
    {
        OperationDefinitionNode operation => new OperationDefinitionNode(
            operation.Operation, operation.Name, operation.VariableDefinitions, operation.Directives,
            Rewrite(operation.SelectionSet, schema.GetRootType(operation.Operation)!), operation.Description, operation.Location),
        FragmentDefinitionNode fragment => new FragmentDefinitionNode(
            fragment.Name, fragment.TypeCondition, fragment.Directives,
            Rewrite(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value)!), fragment.Description, fragment.VariableDefinitions, fragment.Location),
        _ => definition,
    };

    private SelectionSetNode Rewrite(SelectionSetNode set, INamedType parent)
    {
        var selections = set.Selections.Select(selection => selection switch
        {
            FieldNode { SelectionSet: { } sub } field => RewriteField(field, sub, parent),
            InlineFragmentNode inline => new InlineFragmentNode(
                inline.TypeCondition, inline.Directives,
                Rewrite(inline.SelectionSet, inline.TypeCondition is null ? parent : schema.GetType(inline.TypeCondition.Name.Value)!), inline.Location),
            _ => selection,
        }).ToList();
        return new SelectionSetNode(selections, set.Location);
    }

    private FieldNode RewriteField(FieldNode field, SelectionSetNode sub, INamedType parent)
    {
        var type = FieldTypes.Of(parent, field.Name.Value)!.Type.NamedType();
        var rewritten = Rewrite(sub, type);
        if (type is IAbstractType && !rewritten.Selections.Any(IsPlainTypename))
        {
            var typename = new FieldNode(null, new NameNode(Typename), null, null, null);
            rewritten = new SelectionSetNode(new SelectionNode[] { typename }.Concat(rewritten.Selections).ToList(), rewritten.Location);
        }

        return new FieldNode(field.Alias, field.Name, field.Arguments, field.Directives, rewritten, field.Location);
    }

    private static bool IsPlainTypename(SelectionNode selection) =>
        selection is FieldNode { Alias: null, Directives.Count: 0 } field && field.Name.Value == Typename;
}

/// <summary>Field definitions by parent type; <c>__typename</c> is a <c>String!</c> on every composite type.</summary>
internal static class FieldTypes
{
    public static OutputField? Of(INamedType parent, string name) => parent switch
    {
        ObjectType type => type.Fields.Contains(name) ? type.Fields[name] : null,
        InterfaceType type => type.Fields.Contains(name) ? type.Fields[name] : null,
        _ => null,
    };
}
