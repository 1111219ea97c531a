using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Spec §2.11 Type References.</summary>
public ref partial struct Parser
{
    /// <summary><c>Type : NamedType | ListType | NonNullType</c> with <c>ListType : [ Type ]</c> and <c>NonNullType : NamedType ! | ListType !</c></summary>
    private TypeNode ParseTypeReference()
    {
        Mark start = Begin();
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            TypeNode innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(innerType, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode(type, Loc(start));
        }

        return type;
    }

    /// <summary><c>NamedType : Name</c></summary>
    private NamedTypeNode ParseNamedType()
    {
        Mark start = Begin();
        NameNode name = ParseName();
        return new NamedTypeNode(name, Loc(start));
    }
}
