using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Tests.Utilities;

public sealed class ValueFromAstTests
{
    private static readonly Schema TestSchema = SchemaBuilder.Build("""
        type Query { a(i: In, o: One, l: [Int!]): Int }
        input In { req: Int! opt: String = "dflt" nested: [In] }
        input One @oneOf { a: Int b: String }
        enum Colour { RED }
        """);

    private static IType T(string type) => TypeFromAst.Convert(TestSchema, Parser.ParseType(type))!;

    private static (bool Ok, object? Value) Coerce(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var ok = ValueFromAst.TryCoerce(Parser.ParseValue(literal), T(type), variables, out var value);
        return (ok, value);
    }

    [Fact]
    public void CoercesScalarsEnumsAndNulls()
    {
        Assert.Equal((true, 3), Coerce("3", "Int"));
        Assert.Equal((true, (object?)"RED"), Coerce("RED", "Colour"));
        Assert.Equal((true, (object?)null), Coerce("null", "Int"));
        Assert.False(Coerce("null", "Int!").Ok);
        Assert.False(Coerce("\"3\"", "Int").Ok);
    }

    [Fact]
    public void CoercesListsIncludingSingleItems()
    {
        Assert.Equal(new object?[] { 1, 2 }, (IReadOnlyList<object?>)Coerce("[1, 2]", "[Int]").Value!);
        Assert.Equal(new object?[] { 7 }, (IReadOnlyList<object?>)Coerce("7", "[Int]").Value!);
        Assert.False(Coerce("[1, null]", "[Int!]").Ok);
    }

    [Fact]
    public void CoercesInputObjectsWithDefaults()
    {
        var value = (IReadOnlyDictionary<string, object?>)Coerce("{ req: 1 }", "In").Value!;

        Assert.Equal(1, value["req"]);
        Assert.Equal("dflt", value["opt"]);
        Assert.False(value.ContainsKey("nested"));
        Assert.False(Coerce("{ opt: \"x\" }", "In").Ok);
        Assert.False(Coerce("{ req: 1, unknown: 2 }", "In").Ok);
    }

    [Fact]
    public void EnforcesOneOf()
    {
        Assert.True(Coerce("{ a: 1 }", "One").Ok);
        Assert.False(Coerce("{ a: 1, b: \"x\" }", "One").Ok);
        Assert.False(Coerce("{ a: null }", "One").Ok);
    }

    [Fact]
    public void ReadsVariables()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 5, ["nothing"] = null };

        Assert.Equal((true, 5), Coerce("$n", "Int", variables));
        Assert.False(Coerce("$missing", "Int", variables).Ok);
        Assert.False(Coerce("$nothing", "Int!", variables).Ok);
        Assert.Equal(new object?[] { 5, null }, (IReadOnlyList<object?>)Coerce("[$n, $missing]", "[Int]", variables).Value!);
        Assert.Equal("dflt", ((IReadOnlyDictionary<string, object?>)Coerce("{ req: $n, opt: $missing }", "In", variables).Value!)["opt"]);
    }

    [Fact]
    public void ConvertsUntypedLiterals()
    {
        var value = (IReadOnlyDictionary<string, object?>)ValueFromAst.Untyped(Parser.ParseValue("{ a: [1, 2.5, \"s\", true, null, ENUM, 9999999999] }"))!;

        Assert.Equal(new object?[] { 1, 2.5, "s", true, null, "ENUM", 9999999999L }, (IReadOnlyList<object?>)value["a"]!);
    }

    [Fact]
    public void AstFromValueRoundTrips()
    {
        var literal = AstFromValue.Convert(new Dictionary<string, object?> { ["req"] = 1, ["nested"] = new object?[] { null } }, T("In"))!;

        Assert.Equal("{ req: 1, nested: [null] }", Printer.Print(literal));
        Assert.Null(AstFromValue.Convert(null, T("Int!")));
        Assert.Equal("[1]", Printer.Print(AstFromValue.Convert(new[] { 1 }, T("[Int]"))!));
        Assert.Equal("RED", Printer.Print(AstFromValue.Convert("RED", T("Colour"))!));
        Assert.Null(AstFromValue.Convert("BLUE", T("Colour")));
        Assert.Equal("1.5", Printer.Print(AstFromValue.Untyped(1.5)!));
        Assert.Equal("1e+21", Printer.Print(AstFromValue.Untyped(1e21)!));
        Assert.IsType<FloatValueNode>(AstFromValue.Untyped(1e21));
    }

    [Fact]
    public void InputLiteralValidatorExplainsProblems()
    {
        var problems = InputLiteralValidator.Validate(Parser.ParseValue("{ nested: [{ req: \"x\" }] }"), T("In"));

        Assert.Equal(
            new[]
            {
                "Expected value of type \"In\" to include required field \"req\", found: { nested: [{ req: \"x\" }] }.",
                "Int cannot represent non-integer value: \"x\"",
            },
            problems.Select(p => p.Message));
        Assert.Equal(" at .nested[0].req", InputLiteralValidator.PrintPath(problems[1].Path));
        Assert.Empty(InputLiteralValidator.Validate(Parser.ParseValue("$v"), SpecifiedScalars.Int));
    }
}
