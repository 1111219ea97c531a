using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Resolves a type reference of the document against the schema (spec §3.4 Type References).</summary>
internal static class TypeReferences
{
    /// <summary>The type <paramref name="node"/> denotes, or <see langword="null"/> when its named type is unknown.</summary>
    public static IType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
