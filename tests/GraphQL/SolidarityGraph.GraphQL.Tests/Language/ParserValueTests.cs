using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>Spec §2.9 Input Values and §2.11 Type References through the single-value entry points (graphql-js parser-test).</summary>
public sealed class ParserValueTests
{
    [Fact]
    public void ParsesNullValue()
    {
        var value = Assert.IsType<NullValueNode>(Parser.ParseValue("null"));
        Assert.Equal(new Location(0, 4, 1, 1), value.Location);
    }

    [Fact]
    public void ParsesListValues()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\"]"));
        Assert.Equal(new Location(0, 11, 1, 1), list.Location);
        var number = Assert.IsType<IntValueNode>(list.Values[0]);
        Assert.Equal(("123", new Location(1, 4, 1, 2)), (number.Value, number.Location!.Value));
        var text = Assert.IsType<StringValueNode>(list.Values[1]);
        Assert.Equal(("abc", false, new Location(5, 10, 1, 6)), (text.Value, text.Block, text.Location!.Value));
    }

    [Fact]
    public void ParsesBlockStrings()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[\"\"\"long\"\"\" \"short\"]"));
        Assert.Equal(new Location(0, 20, 1, 1), list.Location);
        var block = Assert.IsType<StringValueNode>(list.Values[0]);
        Assert.Equal(("long", true, new Location(1, 11, 1, 2)), (block.Value, block.Block, block.Location!.Value));
        var quoted = Assert.IsType<StringValueNode>(list.Values[1]);
        Assert.Equal(("short", false, new Location(12, 19, 1, 13)), (quoted.Value, quoted.Block, quoted.Location!.Value));
    }

    [Fact]
    public void AllowsVariables()
    {
        var obj = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{ field: $var }"));
        Assert.Equal(new Location(0, 15, 1, 1), obj.Location);
        var field = Assert.Single(obj.Fields);
        Assert.Equal(new Location(2, 13, 1, 3), field.Location);
        Assert.Equal(("field", new Location(2, 7, 1, 3)), (field.Name.Value, field.Name.Location!.Value));
        var variable = Assert.IsType<VariableNode>(field.Value);
        Assert.Equal(new Location(9, 13, 1, 10), variable.Location);
        Assert.Equal(("var", new Location(10, 13, 1, 11)), (variable.Name.Value, variable.Name.Location!.Value));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void ParsesBooleans(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<BooleanValueNode>(Parser.ParseConstValue(source)).Value);

    [Theory]
    [InlineData("-0", SyntaxKind.IntValue)]
    [InlineData("1.5e-3", SyntaxKind.FloatValue)]
    [InlineData("RED", SyntaxKind.EnumValue)]
    [InlineData("{}", SyntaxKind.ObjectValue)]
    [InlineData("[]", SyntaxKind.ListValue)]
    [InlineData("\"\"\" x \"\"\"", SyntaxKind.StringValue)]
    public void ParsesEveryValueKind(string source, SyntaxKind kind) => Assert.Equal(kind, Parser.ParseValue(source).Kind);

    [Theory]
    [InlineData("$", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData(":", "Syntax Error: Unexpected \":\".", 1, 1)]
    [InlineData("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3)]
    [InlineData("[1", "Syntax Error: Unexpected <EOF>.", 1, 3)]
    [InlineData("{a 1}", "Syntax Error: Expected \":\", found Int \"1\".", 1, 4)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    public void ParseValueReportsUsefulErrors(string source, string message, int line, int column) =>
        AssertError(Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source)), message, line, column, ErrorCodes.ParseFailed);

    [Fact]
    public void ParseConstValueParsesValues()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseConstValue("[123 \"abc\"]"));
        Assert.Equal(["123", "abc"], list.Values.Select(v => v is IntValueNode i ? i.Value : ((StringValueNode)v).Value));
    }

    [Theory]
    [InlineData("{ field: $var }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 10)]
    [InlineData("$", "Syntax Error: Unexpected \"$\".", 1)]
    [InlineData("[$1]", "Syntax Error: Unexpected \"$\".", 2)]
    public void ParseConstValueDoesNotAllowVariables(string source, string message, int column) =>
        AssertError(Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue(source)), message, 1, column, ErrorCodes.ParseFailed);

    [Fact]
    public void ParsesWellKnownTypes()
    {
        var type = Assert.IsType<NamedTypeNode>(Parser.ParseType("String"));
        Assert.Equal(new Location(0, 6, 1, 1), type.Location);
        Assert.Equal(("String", new Location(0, 6, 1, 1)), (type.Name.Value, type.Name.Location!.Value));
    }

    [Fact]
    public void ParsesListTypes()
    {
        var list = Assert.IsType<ListTypeNode>(Parser.ParseType("[MyType]"));
        Assert.Equal(new Location(0, 8, 1, 1), list.Location);
        var inner = Assert.IsType<NamedTypeNode>(list.Type);
        Assert.Equal(("MyType", new Location(1, 7, 1, 2)), (inner.Name.Value, inner.Location!.Value));
    }

    [Fact]
    public void ParsesNonNullTypes()
    {
        var nonNull = Assert.IsType<NonNullTypeNode>(Parser.ParseType("MyType!"));
        Assert.Equal(new Location(0, 7, 1, 1), nonNull.Location);
        Assert.Equal(new Location(0, 6, 1, 1), Assert.IsType<NamedTypeNode>(nonNull.Type).Location);
    }

    [Fact]
    public void ParsesNestedTypes()
    {
        var list = Assert.IsType<ListTypeNode>(Parser.ParseType("[MyType!]"));
        Assert.Equal(new Location(0, 9, 1, 1), list.Location);
        var nonNull = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal(new Location(1, 8, 1, 2), nonNull.Location);
        Assert.Equal(new Location(1, 7, 1, 2), Assert.IsType<NamedTypeNode>(nonNull.Type).Location);
    }

    [Theory]
    [InlineData("Int!!", "Syntax Error: Expected <EOF>, found \"!\".", 5)]
    [InlineData("[Int", "Syntax Error: Expected \"]\", found <EOF>.", 5)]
    [InlineData("!", "Syntax Error: Expected Name, found \"!\".", 1)]
    [InlineData("[]", "Syntax Error: Expected Name, found \"]\".", 2)]
    public void ParseTypeReportsUsefulErrors(string source, string message, int column) =>
        AssertError(Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(source)), message, 1, column, ErrorCodes.ParseFailed);

    [Fact]
    public void NonNullTypeNodeRejectsNonNullInnerType() =>
        Assert.Throws<ArgumentException>(() => new NonNullTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("A")))));
}
