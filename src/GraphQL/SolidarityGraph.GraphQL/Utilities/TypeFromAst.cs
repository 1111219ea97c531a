using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>Resolves a type reference of a document against a schema (graphql-js <c>typeFromAST</c>).</summary>
public static class TypeFromAst
{
    /// <summary>
    /// The schema type <paramref name="node"/> denotes (with its list and non-null wrappers), or
    /// <see langword="null"/> when the named type is not in <paramref name="schema"/>.
    /// </summary>
    public static IType? Convert(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => Convert(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => Convert(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
