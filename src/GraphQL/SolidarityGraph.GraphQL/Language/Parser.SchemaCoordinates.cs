using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>Schema coordinates (spec, Schema Coordinates).</summary>
public ref partial struct Parser
{
    /// <summary>
    /// <c>SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate</c>
    /// with <c>TypeCoordinate : Name</c>, <c>MemberCoordinate : Name . Name</c>, <c>ArgumentCoordinate : Name . Name ( Name : )</c>,
    /// <c>DirectiveCoordinate : @ Name</c> and <c>DirectiveArgumentCoordinate : @ Name ( Name : )</c>.
    /// </summary>
    private SchemaCoordinateNode ParseSchemaCoordinateCore()
    {
        Mark start = Begin();
        bool ofDirective = ExpectOptionalToken(TokenKind.At);
        NameNode name = ParseName();
        NameNode? memberName = null;
        if (!ofDirective && ExpectOptionalToken(TokenKind.Dot))
        {
            memberName = ParseName();
        }

        NameNode? argumentName = null;
        if ((ofDirective || memberName is not null) && ExpectOptionalToken(TokenKind.ParenL))
        {
            argumentName = ParseName();
            ExpectToken(TokenKind.Colon);
            ExpectToken(TokenKind.ParenR);
        }

        if (ofDirective)
        {
            return argumentName is null
                ? new DirectiveCoordinateNode(name, Loc(start))
                : new DirectiveArgumentCoordinateNode(name, argumentName, Loc(start));
        }

        if (memberName is not null)
        {
            return argumentName is null
                ? new MemberCoordinateNode(name, memberName, Loc(start))
                : new ArgumentCoordinateNode(name, memberName, argumentName, Loc(start));
        }

        return new TypeCoordinateNode(name, Loc(start));
    }
}
