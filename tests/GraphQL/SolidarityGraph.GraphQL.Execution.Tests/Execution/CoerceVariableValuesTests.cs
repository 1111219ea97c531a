using System.Text.Json;
using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §6.1.2 CoerceVariableValues, observed through the arguments a resolver receives.</summary>
public sealed class CoerceVariableValuesTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 0 }
        input Pick @oneOf { id: ID name: String }
        type Query { echo(i: Int, f: Float, s: String, c: Color, l: [Int], p: Point, o: Pick, n: Int! = 7): String }
        """;

    private static Dictionary<string, object?> Vars(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    private static async Task<ExecutionResult> EchoAsync(string query, Dictionary<string, object?>? variables, ExecutionOptions? options = null)
    {
        var builder = new Utilities.SchemaBuildOptions().AddResolver("Query", "echo", context =>
            new ValueTask<object?>(string.Join(";", context.Arguments.Select(a => $"{a.Key}={Render(a.Value)}"))));
        return await RunAsync(Schema(Sdl, builder), query, variables: variables, options: options);
    }

    private static string Render(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => p.Key + ":" + Render(p.Value))) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Render)) + "]",
        _ => $"{value}:{value.GetType().Name}",
    };

    private static string? Echo(ExecutionResult result) => (string?)result.Data!["echo"];

    [Fact]
    public async Task JsonVariablesAreCoercedToTheirTypes()
    {
        var result = await EchoAsync(
            "query ($i: Int, $f: Float, $s: String, $c: Color) { echo(i: $i, f: $f, s: $s, c: $c) }",
            Vars("""{"i": 1, "f": 2, "s": "x", "c": "GREEN"}"""));
        Assert.Empty(result.Errors);
        Assert.Equal("i=1:Int32;f=2:Double;s=x:String;c=GREEN:String;n=7:Int32", Echo(result));
    }

    [Fact]
    public async Task AnAbsentVariableUsesItsDefaultAndAnExplicitNullStaysNull()
    {
        Assert.Equal("i=5:Int32;n=7:Int32", Echo(await EchoAsync("query ($v: Int = 5) { echo(i: $v) }", Vars("{}"))));
        Assert.Equal("i=null;n=7:Int32", Echo(await EchoAsync("query ($v: Int = 5) { echo(i: $v) }", Vars("""{"v": null}"""))));
    }

    [Fact]
    public async Task ASingleValueBecomesAListAndInputObjectsGetTheirDefaults()
    {
        var result = await EchoAsync("query ($l: [Int], $p: Point) { echo(l: $l, p: $p) }", Vars("""{"l": 3, "p": {"x": 1}}"""));
        Assert.Equal("l=[3:Int32];p={x:1:Int32,y:0:Int32};n=7:Int32", Echo(result));
    }

    [Fact]
    public async Task InvalidValuesAreRequestErrorsAtTheVariableDefinition()
    {
        var result = await EchoAsync("query ($i: Int, $c: Color) { echo(i: $i, c: $c) }", Vars("""{"i": "x", "c": "BLUE"}"""));
        Assert.False(result.HasData);
        Assert.Collection(
            result.Errors,
            e =>
            {
                Assert.Equal("Variable \"$i\" has invalid value: Int cannot represent non-integer value: \"x\"", e.Message);
                Assert.Equal(ExecutionErrorCodes.VariableInvalid, e.Code);
                Assert.Equal((1, 8), (e.Locations[0].Line, e.Locations[0].Column));
                Assert.Null(e.Path);
            },
            e => Assert.StartsWith("Variable \"$c\" has invalid value: Value \"BLUE\" does not exist in \"Color\" enum.", e.Message));
    }

    [Fact]
    public async Task EveryInvalidInputFieldIsReportedWithItsPath()
    {
        var result = await EchoAsync("query ($p: Point) { echo(p: $p) }", Vars("""{"p": {"y": "a", "z": 1}}"""));
        Assert.Equal(
            new[]
            {
                "Variable \"$p\" has invalid value: Expected value of type \"Point\" to include required field \"x\", found: { y: \"a\", z: 1 }.",
                "Variable \"$p\" has invalid value at .y: Int cannot represent non-integer value: \"a\"",
                "Variable \"$p\" has invalid value: Expected value of type \"Point\" not to include unknown field \"z\". Did you mean \"x\" or \"y\"? Found: { y: \"a\", z: 1 }.",
            },
            result.Errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData("""{"o": {"id": "1", "name": "n"}}""", "")]
    [InlineData("""{"o": {"id": null}}""", " at .id")]
    [InlineData("""{"o": {}}""", "")]
    public async Task OneOfInputObjectsNeedExactlyOneNonNullField(string variables, string path)
    {
        var result = await EchoAsync("query ($o: Pick) { echo(o: $o) }", Vars(variables));
        var error = Assert.Single(result.Errors);
        Assert.Equal($"Variable \"$o\" has invalid value{path}: Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null.", error.Message);
    }

    [Fact]
    public async Task MissingAndNullNonNullVariablesAreErrors()
    {
        Assert.Equal(
            "Variable \"$v\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.",
            Assert.Single((await EchoAsync("query ($v: Int!) { echo(i: $v) }", Vars("{}"))).Errors).Message);
        Assert.Equal(
            "Variable \"$v\" has invalid value: Expected value of non-null type \"Int!\" not to be null.",
            Assert.Single((await EchoAsync("query ($v: Int!) { echo(i: $v) }", Vars("""{"v": null}"""))).Errors).Message);
    }

    [Fact]
    public async Task CoercionStopsAfterTheErrorLimit()
    {
        var result = await EchoAsync(
            "query ($a: Int, $b: Int, $c: Float) { echo(i: $a, n: $b, f: $c) }",
            Vars("""{"a": "x", "b": "y", "c": "z"}"""),
            new ExecutionOptions { MaxCoercionErrors = 2 });
        Assert.Equal(3, result.Errors.Count);
        Assert.Equal(ExecutionErrorCodes.TooManyErrors, result.Errors[2].Code);
    }

    [Fact]
    public async Task ClrVariablesWorkLikeJson()
    {
        var result = await EchoAsync("query ($l: [Int], $p: Point) { echo(l: $l, p: $p) }", Map(("l", new object?[] { 1, null }), ("p", Map(("x", 2L)))));
        Assert.Equal("l=[1:Int32,null];p={x:2:Int32,y:0:Int32};n=7:Int32", Echo(result));
    }
}
