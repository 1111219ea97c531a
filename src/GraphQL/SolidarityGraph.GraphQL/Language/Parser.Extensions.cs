using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Spec §3.1 type system extensions (<c>TypeSystemExtension : SchemaExtension | TypeExtension</c>), plus
/// graphql-js 17.1.0's directive extensions. Each extension must add something.
/// </summary>
public ref partial struct Parser
{
    /// <summary><c>TypeSystemExtension : SchemaExtension | TypeExtension</c>, chosen by the keyword after <c>extend</c>.</summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        Utf8GraphQLReader keywordToken = Lookahead();
        if (keywordToken.Kind == TokenKind.Name)
        {
            ReadOnlySpan<byte> keyword = keywordToken.ValueSpan;
            if (keyword.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }

            if (keyword.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (keyword.SequenceEqual("type"u8) || keyword.SequenceEqual("interface"u8))
            {
                return ParseObjectOrInterfaceTypeExtension(isInterface: keyword.SequenceEqual("interface"u8));
            }

            if (keyword.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (keyword.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (keyword.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }

            if (keyword.SequenceEqual("directive"u8))
            {
                return ParseDirectiveExtension();
            }
        }

        throw Unexpected(in keywordToken);
    }

    /// <summary><c>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</c></summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        Mark start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("schema"u8);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode>? operationTypes =
            ExpectOptionalToken(TokenKind.BraceL) ? ParseOperationTypeDefinitionsAfterBrace() : null;
        if (directives.Count == 0 && operationTypes is null)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    /// <summary><c>ScalarTypeExtension : extend scalar Name Directives[Const]</c></summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        Mark start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("scalar"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    /// <summary>
    /// <c>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition</c> (and the
    /// forms without fields), likewise <c>InterfaceTypeExtension</c> with <c>extend interface</c>.
    /// </summary>
    private TypeExtensionNode ParseObjectOrInterfaceTypeExtension(bool isInterface)
    {
        Mark start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword(isInterface ? "interface"u8 : "type"u8);
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode>? interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode>? fields = ParseFieldsDefinition();
        if (interfaces is null && directives.Count == 0 && fields is null)
        {
            throw Unexpected();
        }

        return isInterface
            ? new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start))
            : new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    /// <summary><c>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</c></summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        Mark start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("union"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode>? types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types is null)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    /// <summary><c>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</c></summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        Mark start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("enum"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode>? values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values is null)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    /// <summary><c>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</c></summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        Mark start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("input"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode>? fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields is null)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }

    /// <summary>graphql-js 17.1.0: <c>DirectiveExtension : extend directive @ Name Directives[Const]</c></summary>
    private DirectiveExtensionNode ParseDirectiveExtension()
    {
        Mark start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("directive"u8);
        ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new DirectiveExtensionNode(name, directives, Loc(start));
    }
}
