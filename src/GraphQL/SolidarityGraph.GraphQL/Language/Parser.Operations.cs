using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §2.3 Operations, §2.4 Selection Sets, §2.5 Fields, §2.6 Arguments, §2.10 Variables.</summary>
public ref partial struct Parser
{
    /// <summary>
    /// <c>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        Mark start = Begin();
        if (Peek(TokenKind.BraceL))
        {
            SelectionSetNode shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, null, null, shorthand, null, Loc(start));
        }

        StringValueNode? description = ParseDescription();
        OperationType operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        IReadOnlyList<VariableDefinitionNode> variableDefinitions = ParseVariableDefinitions();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variableDefinitions, directives, selectionSet, description, Loc(start));
    }

    /// <summary><c>OperationType : one of query mutation subscription</c></summary>
    private OperationType ParseOperationType()
    {
        // Like graphql-js, consume the token first: a lexical error right after it wins over "Unexpected Name".
        Utf8GraphQLReader token = _reader;
        ExpectToken(TokenKind.Name);
        ReadOnlySpan<byte> keyword = token.ValueSpan;
        if (keyword.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (keyword.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        if (keyword.SequenceEqual("subscription"u8))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(in token);
    }

    /// <summary><c>VariablesDefinition : ( VariableDefinition+ )</c> (optional; empty when absent)</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return Array.Empty<VariableDefinitionNode>();
        }

        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return _lists.Pop<VariableDefinitionNode>(listStart);
    }

    /// <summary><c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c></summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        VariableNode variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, Loc(start));
    }

    /// <summary><c>Variable : $ Name</c></summary>
    private VariableNode ParseVariable()
    {
        Mark start = Begin();
        ExpectToken(TokenKind.Dollar);
        NameNode name = ParseName();
        return new VariableNode(name, Loc(start));
    }

    /// <summary>
    /// <c>SelectionSet : { Selection+ }</c>. Like graphql-js 17.1.0, <c>{ }</c> is accepted unless
    /// <see cref="ParserOptions.AllowEmptySelectionSets"/> is off.
    /// </summary>
    private SelectionSetNode ParseSelectionSet()
    {
        Mark start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        int listStart = _lists.Mark;
        if (_options.AllowEmptySelectionSets)
        {
            while (!ExpectOptionalToken(TokenKind.BraceR))
            {
                _lists.Push(ParseSelection());
            }
        }
        else
        {
            do
            {
                _lists.Push(ParseSelection());
            }
            while (!ExpectOptionalToken(TokenKind.BraceR));
        }

        ExitNesting();
        return new SelectionSetNode(_lists.Pop<SelectionNode>(listStart), Loc(start));
    }

    /// <summary><c>Selection : Field | FragmentSpread | InlineFragment</c></summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary><c>Field : Alias? Name Arguments? Directives? SelectionSet?</c> with <c>Alias : Name :</c></summary>
    private FieldNode ParseField()
    {
        Mark start = Begin();
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst: false);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode? selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    /// <summary><c>Arguments[Const] : ( Argument[?Const]+ )</c> (optional; empty when absent)</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return Array.Empty<ArgumentNode>();
        }

        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return _lists.Pop<ArgumentNode>(listStart);
    }

    /// <summary><c>Argument[Const] : Name : Value[?Const]</c></summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        Mark start = Begin();
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, Loc(start));
    }
}
