using SolidarityGraph.GraphQL.Introspection;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>Connects the introspection types to every schema's type map (graphql-js adds them last, after all others).</summary>
public sealed partial class Schema
{
    static partial void GetIntrospectionTypes(ref IReadOnlyList<INamedType>? types) => types = IntrospectionTypes.All;
}
