using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>Schema coordinates: <c>Type</c>, <c>Type.member</c>, <c>Type.field(arg:)</c>, <c>@dir</c>, <c>@dir(arg:)</c> (graphql-js parser-test).</summary>
public sealed class SchemaCoordinateParserTests
{
    [Fact]
    public void ParsesName()
    {
        var coordinate = Assert.IsType<TypeCoordinateNode>(Parser.ParseSchemaCoordinate("MyType"));
        Assert.Equal(new Location(0, 6, 1, 1), coordinate.Location);
        Assert.Equal(("MyType", new Location(0, 6, 1, 1)), (coordinate.Name.Value, coordinate.Name.Location!.Value));
    }

    [Fact]
    public void ParsesNameDotName()
    {
        var coordinate = Assert.IsType<MemberCoordinateNode>(Parser.ParseSchemaCoordinate("MyType.field"));
        Assert.Equal(new Location(0, 12, 1, 1), coordinate.Location);
        Assert.Equal(("MyType", "field"), (coordinate.Name.Value, coordinate.MemberName.Value));
        Assert.Equal(new Location(7, 12, 1, 8), coordinate.MemberName.Location);
    }

    [Fact]
    public void ParsesArgumentCoordinate()
    {
        var coordinate = Assert.IsType<ArgumentCoordinateNode>(Parser.ParseSchemaCoordinate("MyType.field(arg:)"));
        Assert.Equal(new Location(0, 18, 1, 1), coordinate.Location);
        Assert.Equal(("MyType", "field", "arg"), (coordinate.Name.Value, coordinate.FieldName.Value, coordinate.ArgumentName.Value));
        Assert.Equal(new Location(13, 16, 1, 14), coordinate.ArgumentName.Location);
    }

    [Fact]
    public void ParsesDirectiveCoordinate()
    {
        var coordinate = Assert.IsType<DirectiveCoordinateNode>(Parser.ParseSchemaCoordinate("@myDirective"));
        Assert.Equal(new Location(0, 12, 1, 1), coordinate.Location);
        Assert.Equal(("myDirective", new Location(1, 12, 1, 2)), (coordinate.Name.Value, coordinate.Name.Location!.Value));
    }

    [Fact]
    public void ParsesDirectiveArgumentCoordinate()
    {
        var coordinate = Assert.IsType<DirectiveArgumentCoordinateNode>(Parser.ParseSchemaCoordinate("@myDirective(arg:)"));
        Assert.Equal(new Location(0, 18, 1, 1), coordinate.Location);
        Assert.Equal(("myDirective", "arg"), (coordinate.Name.Value, coordinate.ArgumentName.Value));
    }

    [Theory]
    [InlineData("__Type", SyntaxKind.TypeCoordinate)]
    [InlineData("Type.__metafield", SyntaxKind.MemberCoordinate)]
    [InlineData("Type.__metafield(arg:)", SyntaxKind.ArgumentCoordinate)]
    public void ParsesIntrospectionNames(string source, SyntaxKind kind) =>
        Assert.Equal(kind, Parser.ParseSchemaCoordinate(source).Kind);

    [Theory]
    [InlineData("MyType.field.deep", "Syntax Error: Expected <EOF>, found \".\".", 13)]
    [InlineData("MyType.field(arg: value)", "Syntax Error: Invalid character: \" \".", 18)]
    [InlineData("@myDirective.field", "Syntax Error: Expected <EOF>, found \".\".", 13)]
    [InlineData(" MyType", "Syntax Error: Invalid character: \" \".", 1)]
    [InlineData("MyType ", "Syntax Error: Invalid character: \" \".", 7)]
    [InlineData("MyType(arg:)", "Syntax Error: Expected <EOF>, found \"(\".", 7)]
    [InlineData("MyType.field(arg)", "Syntax Error: Expected \":\", found \")\".", 17)]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1)]
    [InlineData("@", "Syntax Error: Expected Name, found <EOF>.", 2)]
    [InlineData("Type.é", "Syntax Error: Invalid character: U+00E9.", 6)]
    [InlineData("#comment", "Syntax Error: Invalid character: \"#\".", 1)]
    public void RejectsMalformedCoordinates(string source, string message, int column) =>
        AssertError(Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseSchemaCoordinate(source)), message, 1, column, ErrorCodes.ParseFailed);

    [Fact]
    public void DotIsNotATokenInDocuments() =>
        ParseFails("{ a.b }", "Syntax Error: Unexpected character: \".\".", 1, 4);
}
