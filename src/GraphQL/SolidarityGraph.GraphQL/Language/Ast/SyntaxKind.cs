namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// The kind of a syntax tree node. Names mirror graphql-js 17's <c>Kind</c> values so that printed output and
/// AST dumps line up with the reference implementation.
/// </summary>
public enum SyntaxKind
{
    /// <summary>A <see cref="NameNode"/>.</summary>
    Name,
    /// <summary>A <see cref="DocumentNode"/>.</summary>
    Document,
    /// <summary>An <see cref="OperationDefinitionNode"/>.</summary>
    OperationDefinition,
    /// <summary>A <see cref="VariableDefinitionNode"/>.</summary>
    VariableDefinition,
    /// <summary>A <see cref="SelectionSetNode"/>.</summary>
    SelectionSet,
    /// <summary>A <see cref="FieldNode"/>.</summary>
    Field,
    /// <summary>An <see cref="ArgumentNode"/>.</summary>
    Argument,
    /// <summary>A <see cref="FragmentArgumentNode"/> (experimental fragment arguments).</summary>
    FragmentArgument,
    /// <summary>A <see cref="FragmentSpreadNode"/>.</summary>
    FragmentSpread,
    /// <summary>An <see cref="InlineFragmentNode"/>.</summary>
    InlineFragment,
    /// <summary>A <see cref="FragmentDefinitionNode"/>.</summary>
    FragmentDefinition,
    /// <summary>A <see cref="VariableNode"/>.</summary>
    Variable,
    /// <summary>An <see cref="IntValueNode"/>.</summary>
    IntValue,
    /// <summary>A <see cref="FloatValueNode"/>.</summary>
    FloatValue,
    /// <summary>A <see cref="StringValueNode"/>.</summary>
    StringValue,
    /// <summary>A <see cref="BooleanValueNode"/>.</summary>
    BooleanValue,
    /// <summary>A <see cref="NullValueNode"/>.</summary>
    NullValue,
    /// <summary>An <see cref="EnumValueNode"/>.</summary>
    EnumValue,
    /// <summary>A <see cref="ListValueNode"/>.</summary>
    ListValue,
    /// <summary>An <see cref="ObjectValueNode"/>.</summary>
    ObjectValue,
    /// <summary>An <see cref="ObjectFieldNode"/>.</summary>
    ObjectField,
    /// <summary>A <see cref="DirectiveNode"/>.</summary>
    Directive,
    /// <summary>A <see cref="NamedTypeNode"/>.</summary>
    NamedType,
    /// <summary>A <see cref="ListTypeNode"/>.</summary>
    ListType,
    /// <summary>A <see cref="NonNullTypeNode"/>.</summary>
    NonNullType,
    /// <summary>A <see cref="SchemaDefinitionNode"/>.</summary>
    SchemaDefinition,
    /// <summary>An <see cref="OperationTypeDefinitionNode"/>.</summary>
    OperationTypeDefinition,
    /// <summary>A <see cref="ScalarTypeDefinitionNode"/>.</summary>
    ScalarTypeDefinition,
    /// <summary>An <see cref="ObjectTypeDefinitionNode"/>.</summary>
    ObjectTypeDefinition,
    /// <summary>A <see cref="FieldDefinitionNode"/>.</summary>
    FieldDefinition,
    /// <summary>An <see cref="InputValueDefinitionNode"/>.</summary>
    InputValueDefinition,
    /// <summary>An <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    InterfaceTypeDefinition,
    /// <summary>A <see cref="UnionTypeDefinitionNode"/>.</summary>
    UnionTypeDefinition,
    /// <summary>An <see cref="EnumTypeDefinitionNode"/>.</summary>
    EnumTypeDefinition,
    /// <summary>An <see cref="EnumValueDefinitionNode"/>.</summary>
    EnumValueDefinition,
    /// <summary>An <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    InputObjectTypeDefinition,
    /// <summary>A <see cref="DirectiveDefinitionNode"/>.</summary>
    DirectiveDefinition,
    /// <summary>A <see cref="SchemaExtensionNode"/>.</summary>
    SchemaExtension,
    /// <summary>A <see cref="DirectiveExtensionNode"/>.</summary>
    DirectiveExtension,
    /// <summary>A <see cref="ScalarTypeExtensionNode"/>.</summary>
    ScalarTypeExtension,
    /// <summary>An <see cref="ObjectTypeExtensionNode"/>.</summary>
    ObjectTypeExtension,
    /// <summary>An <see cref="InterfaceTypeExtensionNode"/>.</summary>
    InterfaceTypeExtension,
    /// <summary>A <see cref="UnionTypeExtensionNode"/>.</summary>
    UnionTypeExtension,
    /// <summary>An <see cref="EnumTypeExtensionNode"/>.</summary>
    EnumTypeExtension,
    /// <summary>An <see cref="InputObjectTypeExtensionNode"/>.</summary>
    InputObjectTypeExtension,
    /// <summary>A <see cref="TypeCoordinateNode"/>.</summary>
    TypeCoordinate,
    /// <summary>A <see cref="MemberCoordinateNode"/>.</summary>
    MemberCoordinate,
    /// <summary>An <see cref="ArgumentCoordinateNode"/>.</summary>
    ArgumentCoordinate,
    /// <summary>A <see cref="DirectiveCoordinateNode"/>.</summary>
    DirectiveCoordinate,
    /// <summary>A <see cref="DirectiveArgumentCoordinateNode"/>.</summary>
    DirectiveArgumentCoordinate,
}
