using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Introspection;

/// <summary>
/// The introspection system (spec §4, Appendix D in the September 2025 edition): the eight <c>__</c> types and the
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c> meta-fields, with their resolvers. The descriptions are
/// graphql-js 17.1.0's, because tools compare them. Beyond the spec, like graphql-js 17.1.0, <c>__Directive</c> has
/// <c>isDeprecated</c>/<c>deprecationReason</c>, <c>__Schema.directives</c> takes <c>includeDeprecated</c>, and
/// <c>__DirectiveLocation</c> lists <c>FRAGMENT_VARIABLE_DEFINITION</c> and <c>DIRECTIVE_DEFINITION</c>.
/// The types are shared by every schema; they are immutable once built.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly IntrospectionModel Model = IntrospectionModel.Build();

    /// <summary><c>__Schema</c> (§4.2.1).</summary>
    public static ObjectType Schema => Model.Schema;

    /// <summary><c>__Type</c> (§4.2.2).</summary>
    public static ObjectType Type => Model.Type;

    /// <summary><c>__TypeKind</c> (§4.2.3).</summary>
    public static EnumType TypeKind => Model.TypeKind;

    /// <summary><c>__Field</c> (§4.2.4).</summary>
    public static ObjectType Field => Model.Field;

    /// <summary><c>__InputValue</c> (§4.2.5).</summary>
    public static ObjectType InputValue => Model.InputValue;

    /// <summary><c>__EnumValue</c> (§4.2.6).</summary>
    public static ObjectType EnumValue => Model.EnumValue;

    /// <summary><c>__Directive</c> (§4.2.7).</summary>
    public static ObjectType Directive => Model.Directive;

    /// <summary><c>__DirectiveLocation</c> (§4.2.7).</summary>
    public static EnumType DirectiveLocation => Model.DirectiveLocation;

    /// <summary>
    /// All eight types in graphql-js's order (<c>__Schema, __Directive, __DirectiveLocation, __Type, __Field,
    /// __InputValue, __EnumValue, __TypeKind</c>).
    /// </summary>
    public static IReadOnlyList<INamedType> All => Model.All;

    /// <summary><c>__schema: __Schema!</c>, available on the query root type (§4.1).</summary>
    public static OutputField SchemaField => Model.SchemaField;

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type (§4.1).</summary>
    public static OutputField TypeField => Model.TypeField;

    /// <summary><c>__typename: String!</c>, available on every object, interface and union type (§4.1.1).</summary>
    public static OutputField TypeNameField => Model.TypeNameField;

    /// <summary>Whether <paramref name="type"/> is named like one of the introspection types.</summary>
    public static bool IsIntrospectionType(INamedType type) =>
        type is not null && type.Name.StartsWith("__", StringComparison.Ordinal) && Model.All.Any(t => t.Name == type.Name);

    /// <summary>The meta-field named <paramref name="name"/> that a field lookup on <paramref name="parentType"/> sees, or <see langword="null"/>.</summary>
    /// <param name="parentType">The composite type the field is selected on.</param>
    /// <param name="name">The field name.</param>
    /// <param name="isQueryRoot">Whether <paramref name="parentType"/> is the schema's query root type.</param>
    public static OutputField? FindMetaField(INamedType parentType, string name, bool isQueryRoot)
    {
        switch (name)
        {
            case "__typename":
                return parentType is ObjectType or InterfaceType or UnionType ? Model.TypeNameField : null;
            case "__schema":
                return isQueryRoot ? Model.SchemaField : null;
            case "__type":
                return isQueryRoot ? Model.TypeField : null;
            default:
                return null;
        }
    }
}
