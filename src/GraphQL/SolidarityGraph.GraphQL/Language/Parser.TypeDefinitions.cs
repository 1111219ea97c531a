using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §3.7 Interfaces, §3.8 Unions, §3.9 Enums, §3.10 Input Objects.</summary>
public ref partial struct Parser
{
    /// <summary><c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("interface"u8);
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode>? interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode>? fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    /// <summary><c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c></summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("union"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode>? types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
    }

    /// <summary><c>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</c> (null when absent)</summary>
    private IReadOnlyList<NamedTypeNode>? ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equal) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : null;

    /// <summary><c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c></summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("enum"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode>? values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
    }

    /// <summary><c>EnumValuesDefinition : { EnumValueDefinition+ }</c> (null when absent)</summary>
    private IReadOnlyList<EnumValueDefinitionNode>? ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return null;
        }

        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return _lists.Pop<EnumValueDefinitionNode>(listStart);
    }

    /// <summary><c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c></summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseEnumValueName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, Loc(start));
    }

    /// <summary><c>EnumValue : Name but not true, false or null</c></summary>
    private NameNode ParseEnumValueName()
    {
        if (TokenValueIs("true") || TokenValueIs("false") || TokenValueIs("null"))
        {
            throw Error(_reader.Start, $"{Describe(in _reader)} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary><c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c></summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("input"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode>? fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }
}
