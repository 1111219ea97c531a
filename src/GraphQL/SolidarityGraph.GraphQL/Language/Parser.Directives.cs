using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §2.12 Directives.</summary>
public ref partial struct Parser
{
    /// <summary><c>Directives[Const] : Directive[?Const]+</c> (optional; empty when absent)</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return Array.Empty<DirectiveNode>();
        }

        int listStart = _lists.Mark;
        do
        {
            _lists.Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return _lists.Pop<DirectiveNode>(listStart);
    }

    /// <summary><c>Directive[Const] : @ Name Arguments[?Const]?</c></summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        Mark start = Begin();
        ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, Loc(start));
    }
}
