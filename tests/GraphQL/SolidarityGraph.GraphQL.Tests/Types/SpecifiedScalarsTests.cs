using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Tests.Types;

/// <summary>Coercion of the five spec scalars, with graphql-js 17.1.0's messages.</summary>
public sealed class SpecifiedScalarsTests
{
    private static ValueNode Literal(string text) => Parser.ParseValue(text);

    private static string Fails(Action action) => Assert.Throws<LeafCoercionException>(action).Message;

    [Fact]
    public void IntSerializesWholeNumbersBooleansAndNumericStrings()
    {
        Assert.Equal(1, SpecifiedScalars.Int.Serialize(1L));
        Assert.Equal(3, SpecifiedScalars.Int.Serialize(3.0));
        Assert.Equal(1, SpecifiedScalars.Int.Serialize(true));
        Assert.Equal(-12, SpecifiedScalars.Int.Serialize("-12"));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Fails(() => SpecifiedScalars.Int.Serialize(1.5)));
        Assert.Equal("Int cannot represent non-integer value: \"\"", Fails(() => SpecifiedScalars.Int.Serialize("")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", Fails(() => SpecifiedScalars.Int.Serialize(2147483648L)));
    }

    [Fact]
    public void IntInputIsStrict()
    {
        Assert.Equal(7, SpecifiedScalars.Int.ParseValue(7.0));
        Assert.Equal("Int cannot represent non-integer value: \"7\"", Fails(() => SpecifiedScalars.Int.ParseValue("7")));
        Assert.Equal("Int cannot represent non-integer value: true", Fails(() => SpecifiedScalars.Int.ParseValue(true)));
        Assert.Equal(-5, SpecifiedScalars.Int.ParseLiteral(Literal("-5")));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Fails(() => SpecifiedScalars.Int.ParseLiteral(Literal("1.5"))));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 99999999999", Fails(() => SpecifiedScalars.Int.ParseLiteral(Literal("99999999999"))));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", Fails(() => SpecifiedScalars.Int.ParseLiteral(Literal("\"1\""))));
    }

    [Fact]
    public void FloatAcceptsFiniteNumbersAndIntegerLiterals()
    {
        Assert.Equal(2.5, SpecifiedScalars.Float.Serialize(2.5f));
        Assert.Equal(1d, SpecifiedScalars.Float.Serialize(true));
        Assert.Equal(3d, SpecifiedScalars.Float.ParseLiteral(Literal("3")));
        Assert.Equal(1.5e3, SpecifiedScalars.Float.ParseLiteral(Literal("1.5e3")));
        Assert.Equal("Float cannot represent non numeric value: NaN", Fails(() => SpecifiedScalars.Float.Serialize(double.NaN)));
        Assert.Equal("Float cannot represent non numeric value: Infinity", Fails(() => SpecifiedScalars.Float.ParseValue(double.PositiveInfinity)));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Fails(() => SpecifiedScalars.Float.ParseValue("1")));
        Assert.Equal("Float cannot represent non numeric value: true", Fails(() => SpecifiedScalars.Float.ParseLiteral(Literal("true"))));
    }

    [Fact]
    public void StringSerializesScalarsLikeJavaScriptButOnlyAcceptsStrings()
    {
        Assert.Equal("true", SpecifiedScalars.String.Serialize(true));
        Assert.Equal("1.5", SpecifiedScalars.String.Serialize(1.5));
        Assert.Equal("1e+21", SpecifiedScalars.String.Serialize(1e21));
        Assert.Equal("1.5e-7", SpecifiedScalars.String.Serialize(1.5e-7));
        Assert.Equal("100", SpecifiedScalars.String.Serialize(100.0));
        Assert.Equal("String cannot represent value: { a: 1 }", Fails(() => SpecifiedScalars.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })));
        Assert.Equal("String cannot represent a non string value: 1", Fails(() => SpecifiedScalars.String.ParseValue(1)));
        Assert.Equal("String cannot represent a non string value: [1, 2]", Fails(() => SpecifiedScalars.String.ParseLiteral(Literal("[1, 2]"))));
    }

    [Fact]
    public void BooleanAcceptsOnlyBooleansOnInput()
    {
        Assert.Equal(true, SpecifiedScalars.Boolean.Serialize(2));
        Assert.Equal(false, SpecifiedScalars.Boolean.Serialize(0.0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Fails(() => SpecifiedScalars.Boolean.Serialize("true")));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Fails(() => SpecifiedScalars.Boolean.ParseValue(1)));
        Assert.Equal(false, SpecifiedScalars.Boolean.ParseLiteral(Literal("false")));
        Assert.Equal("Boolean cannot represent a non boolean value: TRUE", Fails(() => SpecifiedScalars.Boolean.ParseLiteral(Literal("TRUE"))));
    }

    [Fact]
    public void IdAcceptsStringsAndIntegers()
    {
        Assert.Equal("4", SpecifiedScalars.ID.Serialize(4));
        Assert.Equal("0190d6d2-7a5e-7c3a-9a41-3f1c2b0d4e5f", SpecifiedScalars.ID.Serialize(Guid.Parse("0190d6d2-7a5e-7c3a-9a41-3f1c2b0d4e5f")));
        Assert.Equal("4", SpecifiedScalars.ID.ParseValue(4L));
        Assert.Equal("12", SpecifiedScalars.ID.ParseLiteral(Literal("12")));
        Assert.Equal("ID cannot represent value: 1.5", Fails(() => SpecifiedScalars.ID.ParseValue(1.5)));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", Fails(() => SpecifiedScalars.ID.ParseLiteral(Literal("1.5"))));
    }

    [Fact]
    public void ValueToLiteralFollowsGraphQLJs()
    {
        Assert.IsType<IntValueNode>(SpecifiedScalars.ID.ValueToLiteral("123"));
        Assert.IsType<StringValueNode>(SpecifiedScalars.ID.ValueToLiteral("01"));
        Assert.IsType<IntValueNode>(SpecifiedScalars.Float.ValueToLiteral(1.0));
        Assert.IsType<FloatValueNode>(SpecifiedScalars.Float.ValueToLiteral(1.5));
        Assert.Null(SpecifiedScalars.Int.ValueToLiteral(1.5));
        Assert.Null(SpecifiedScalars.String.ValueToLiteral(1));
    }

    [Fact]
    public void DescriptionsMatchGraphQLJs()
    {
        Assert.Equal("The `Boolean` scalar type represents `true` or `false`.", SpecifiedScalars.Boolean.Description);
        Assert.StartsWith("The `Int` scalar type represents non-fractional signed whole numeric values.", SpecifiedScalars.Int.Description);
        Assert.Equal(new[] { "String", "Int", "Float", "Boolean", "ID" }, SpecifiedScalars.All.Select(s => s.Name));
    }
}
