using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;
using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §6.4.1 CoerceArgumentValues.</summary>
public sealed class CoerceArgumentValuesTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 0 }
        type Query { f(a: Int = 1, b: [Color] = [RED], p: Point = {x: 2}, r: String!): String }
        """;

    private static async Task<(ExecutionResult Result, IResolverContext? Context)> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, bool validate = true)
    {
        IResolverContext? seen = null;
        var options = new SchemaBuildOptions().AddResolver("Query", "f", context =>
        {
            seen = context;
            return new ValueTask<object?>("ok");
        });
        var result = await ExecutionHarness.RunAsync(Schema(Sdl, options), query, variables: variables, validate: validate);
        return (result, seen);
    }

    [Fact]
    public async Task DefaultsApplyToArgumentsNotGiven()
    {
        var (_, context) = await RunAsync("{ f(r: \"x\") }");
        Assert.Equal(1, context!.Arguments["a"]);
        Assert.Equal(new List<object?> { "RED" }, context.Arguments["b"]);
        Assert.Equal(Map(("x", 2), ("y", 0)), context.Arguments["p"]);
        Assert.Equal(new[] { "a", "b", "p", "r" }, context.Arguments.Keys);
    }

    [Fact]
    public async Task AnAbsentVariableLeavesTheArgumentToItsDefault()
    {
        var (_, context) = await RunAsync("query ($v: Int) { f(a: $v, r: \"x\") }", Map());
        Assert.Equal(1, context!.Arguments["a"]);
    }

    [Fact]
    public async Task LiteralsWithVariablesInsideAreCoerced()
    {
        var (_, context) = await RunAsync("query ($x: Int!) { f(p: {x: $x}, b: GREEN, r: \"x\") }", Map(("x", 9)));
        Assert.Equal(Map(("x", 9), ("y", 0)), context!.Arguments["p"]);
        Assert.Equal(new List<object?> { "GREEN" }, context.Arguments["b"]);
        Assert.Equal(9, context.GetArgument<IReadOnlyDictionary<string, object?>>("p")["x"]);
        Assert.Equal(1L, context.GetArgument<long>("a"));
    }

    [Fact]
    public async Task AnInvalidLiteralIsAFieldErrorAtTheValue()
    {
        var (result, context) = await RunAsync("{ f(a: \"no\", r: \"x\") }", validate: false);
        Assert.Null(context);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"Query.f(a:)\" has invalid value: Int cannot represent non-integer value: \"no\"", error.Message);
        Assert.Equal(ExecutionErrorCodes.ArgumentInvalid, error.Code);
        Assert.Equal(8, error.Locations[0].Column);
        Assert.Equal(new object[] { "f" }, error.Path);
        Assert.Equal("{\"errors\":[{\"message\":\"Argument \\\"Query.f(a:)\\\" has invalid value: Int cannot represent non-integer value: \\\"no\\\"\",\"locations\":[{\"line\":1,\"column\":8}],\"path\":[\"f\"],\"extensions\":{\"code\":\"GRAPHQL_ARGUMENT_INVALID\",\"specifiedBy\":\"https://spec.graphql.org/September2025/#sec-Coercing-Field-Arguments\"}}],\"data\":{\"f\":null}}", ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task AMissingRequiredArgumentIsAFieldErrorAtTheField()
    {
        var (result, _) = await RunAsync("{ f }", validate: false);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"Query.f(r:)\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal(3, error.Locations[0].Column);
    }
}
