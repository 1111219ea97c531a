using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §2.8 Fragments (and graphql-js's experimental fragment arguments).</summary>
public ref partial struct Parser
{
    /// <summary>
    /// <c>FragmentSpread : ... FragmentName Directives?</c> or
    /// <c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>.
    /// </summary>
    private SelectionNode ParseFragment()
    {
        Mark start = Begin();
        ExpectToken(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            NameNode name = ParseFragmentName();
            IReadOnlyList<FragmentArgumentNode>? arguments = null;
            if (Peek(TokenKind.ParenL) && _options.ExperimentalFragmentArguments)
            {
                arguments = ParseFragmentArguments();
            }

            IReadOnlyList<DirectiveNode> spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, arguments, Loc(start));
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    /// <summary>
    /// <c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>
    /// (with experimental fragment arguments: <c>FragmentName VariablesDefinition? TypeCondition …</c>).
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        Mark start = Begin();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("fragment"u8);
        NameNode name = ParseFragmentName();
        IReadOnlyList<VariableDefinitionNode>? variableDefinitions =
            _options.ExperimentalFragmentArguments ? ParseVariableDefinitions() : null;
        ExpectKeyword("on"u8);
        NamedTypeNode typeCondition = ParseNamedType();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, description, variableDefinitions, Loc(start));
    }

    /// <summary><c>FragmentName : Name but not on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (TokenValueIs("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>Experimental: <c>( FragmentArgument+ )</c> on a fragment spread.</summary>
    private IReadOnlyList<FragmentArgumentNode> ParseFragmentArguments()
    {
        ExpectToken(TokenKind.ParenL);
        int listStart = _lists.Mark;
        do
        {
            Mark start = Begin();
            NameNode name = ParseName();
            ExpectToken(TokenKind.Colon);
            ValueNode value = ParseValueLiteral(isConst: false);
            _lists.Push(new FragmentArgumentNode(name, value, Loc(start)));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return _lists.Pop<FragmentArgumentNode>(listStart);
    }
}
