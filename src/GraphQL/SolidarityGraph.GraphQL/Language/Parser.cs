using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// The recursive-descent GraphQL parser (spec §2, Appendix B), producing the immutable syntax tree. Behaviour and
/// messages follow graphql-js 17.1.0. Every malformed document or exceeded limit throws
/// <see cref="GraphQLSyntaxException"/>; no other exception escapes for bad input.
/// </summary>
public ref partial struct Parser
{
    private readonly ParserOptions _options;
    private readonly bool _noLocation;
    private readonly int _maxTokens;
    private Utf8GraphQLReader _reader;
    private int _tokenCount;
    private int _depth;
    private int _lastTokenEnd;
    private SyntaxNodeStack _lists;

    private Parser(ReadOnlySpan<byte> utf8, ParserOptions options, bool schemaCoordinate)
    {
        _options = options;
        _noLocation = options.NoLocation;
        _maxTokens = options.MaxTokens;
        _reader = new Utf8GraphQLReader(utf8, schemaCoordinate);
        _tokenCount = 0;
        _depth = 0;
        _lastTokenEnd = 0;
        _lists = default;
    }

    /// <summary>Parses an executable or type-system document.</summary>
    /// <exception cref="GraphQLSyntaxException">The document is malformed or exceeds a limit of <paramref name="options"/>.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        options ??= ParserOptions.Defaults;
        using var utf8 = Utf8Source.Encode(source, options);
        return Parse(utf8.Span, options);
    }

    /// <summary>Parses an executable or type-system document given as UTF-8.</summary>
    /// <exception cref="GraphQLSyntaxException">The document is malformed or exceeds a limit of <paramref name="options"/>.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Defaults;
        Utf8Source.CheckSize(utf8, options);
        var parser = new Parser(utf8, options, schemaCoordinate: false);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser._lists.Dispose();
        }
    }

    /// <summary>Parses a single value literal, variables allowed (graphql-js <c>parseValue</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => (ValueNode)ParseFragment(source, options, ParseKind.Value);

    /// <summary>Parses a single constant value literal (graphql-js <c>parseConstValue</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => (ValueNode)ParseFragment(source, options, ParseKind.ConstValue);

    /// <summary>Parses a single type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null) => (TypeNode)ParseFragment(source, options, ParseKind.Type);

    /// <summary>
    /// Parses a schema coordinate such as <c>Type.field(arg:)</c> or <c>@directive</c> (graphql-js
    /// <c>parseSchemaCoordinate</c>). No whitespace or comments are allowed.
    /// </summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one schema coordinate.</exception>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string source, ParserOptions? options = null) =>
        (SchemaCoordinateNode)ParseFragment(source, options, ParseKind.SchemaCoordinate);

    private enum ParseKind
    {
        Value,
        ConstValue,
        Type,
        SchemaCoordinate,
    }

    private static SyntaxNode ParseFragment(string source, ParserOptions? options, ParseKind kind)
    {
        options ??= ParserOptions.Defaults;
        using var utf8 = Utf8Source.Encode(source, options);
        Utf8Source.CheckSize(utf8.Span, options);
        var parser = new Parser(utf8.Span, options, kind == ParseKind.SchemaCoordinate);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            SyntaxNode node = kind switch
            {
                ParseKind.Value => parser.ParseValueLiteral(isConst: false),
                ParseKind.ConstValue => parser.ParseValueLiteral(isConst: true),
                ParseKind.Type => parser.ParseTypeReference(),
                _ => parser.ParseSchemaCoordinateCore(),
            };
            parser.ExpectToken(TokenKind.EndOfFile);
            return node;
        }
        finally
        {
            parser._lists.Dispose();
        }
    }
}
