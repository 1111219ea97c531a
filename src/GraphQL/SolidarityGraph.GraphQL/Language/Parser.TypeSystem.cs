using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §3 type system definitions: schema (§3.3), types (§3.4–§3.10) and directives (§3.13).</summary>
public ref partial struct Parser
{
    /// <summary><c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c></summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("schema"u8);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceL);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode(description, directives, operationTypes, Loc(start));
    }

    /// <summary><c>RootOperationTypeDefinition+ }</c>, the opening brace already consumed.</summary>
    private IReadOnlyList<OperationTypeDefinitionNode> ParseOperationTypeDefinitionsAfterBrace()
    {
        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return _lists.Pop<OperationTypeDefinitionNode>(listStart);
    }

    /// <summary><c>RootOperationTypeDefinition : OperationType : NamedType</c></summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        Mark start = Begin();
        OperationType operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        NamedTypeNode type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(start));
    }

    /// <summary><c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c></summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("scalar"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, Loc(start));
    }

    /// <summary><c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("type"u8);
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode>? interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode>? fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    /// <summary><c>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</c> (null when absent)</summary>
    private IReadOnlyList<NamedTypeNode>? ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return null;
        }

        return ParseDelimitedNamedTypes(TokenKind.Amp);
    }

    /// <summary>A list of named types with an optional leading delimiter (graphql-js <c>delimitedMany</c>).</summary>
    private IReadOnlyList<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return _lists.Pop<NamedTypeNode>(listStart);
    }

    /// <summary><c>FieldsDefinition : { FieldDefinition+ }</c> (null when absent)</summary>
    private IReadOnlyList<FieldDefinitionNode>? ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return null;
        }

        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return _lists.Pop<FieldDefinitionNode>(listStart);
    }

    /// <summary><c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c></summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode>? arguments = ParseArgumentDefs();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
    }

    /// <summary><c>ArgumentsDefinition : ( InputValueDefinition+ )</c> (null when absent)</summary>
    private IReadOnlyList<InputValueDefinitionNode>? ParseArgumentDefs() => ParseInputValueDefs(TokenKind.ParenL, TokenKind.ParenR);

    /// <summary><c>InputFieldsDefinition : { InputValueDefinition+ }</c> (null when absent)</summary>
    private IReadOnlyList<InputValueDefinitionNode>? ParseInputFieldsDefinition() => ParseInputValueDefs(TokenKind.BraceL, TokenKind.BraceR);

    private IReadOnlyList<InputValueDefinitionNode>? ParseInputValueDefs(TokenKind open, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return null;
        }

        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseInputValueDef());
        }
        while (!ExpectOptionalToken(close));

        return _lists.Pop<InputValueDefinitionNode>(listStart);
    }

    /// <summary><c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c></summary>
    private InputValueDefinitionNode ParseInputValueDef()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
    }

    /// <summary>
    /// <c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>;
    /// graphql-js 17.1.0 also accepts <c>Directives[Const]</c> after the arguments.
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("directive"u8);
        ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode>? arguments = ParseArgumentDefs();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        bool repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        IReadOnlyList<NameNode> locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, directives, Loc(start));
    }

    /// <summary><c>DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation</c></summary>
    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        ExpectOptionalToken(TokenKind.Pipe);
        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseDirectiveLocation());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return _lists.Pop<NameNode>(listStart);
    }

    /// <summary><c>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</c></summary>
    private NameNode ParseDirectiveLocation()
    {
        Utf8GraphQLReader token = _reader;
        NameNode name = ParseName();
        if (DirectiveLocations.IsKnown(name.Value))
        {
            return name;
        }

        throw Unexpected(in token);
    }
}
