using System.Text.Json;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §6.4.3 CompleteValue and §6.4.4 null propagation.</summary>
public sealed class CompleteValueTests
{
    private const string Sdl = """
        enum Level { LOW HIGH }
        interface Animal { name: String }
        type Dog implements Animal { name: String }
        type Cat implements Animal { name: String }
        union Pet = Dog | Cat
        type Box { value: String! other: String }
        type Query { ints: [Int] nn: [Int!] boxes: [Box] box: Box nnBox: Box! level: Level animal: Animal pets: [Pet] matrix: [[Int]] }
        """;

    private sealed record Dog(string Name);

    private sealed record Cat(string Name);

    [Fact]
    public async Task ListsAcceptArraysSequencesAndJsonArrays()
    {
        var root = Map(("ints", Enumerable.Range(1, 3).Select(i => (object?)i)), ("matrix", JsonDocument.Parse("[[1,null],[]]").RootElement));
        Assert.Equal("{\"data\":{\"ints\":[1,2,3],\"matrix\":[[1,null],[]]}}", await JsonAsync(Sdl, "{ ints matrix }", root));
    }

    [Fact]
    public async Task ANullNonNullItemNullsTheListWithTheItemPath()
    {
        var result = await RunAsync(Schema(Sdl), "{ nn ints }", Map(("nn", new object?[] { 1, null }), ("ints", new[] { 4 })));
        Assert.Equal("{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Query.nn.\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"nn\",1],\"extensions\":{\"code\":\"GRAPHQL_NON_NULL_VIOLATION\",\"specifiedBy\":\"https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors\"}}],\"data\":{\"nn\":null,\"ints\":[4]}}", ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task NullPropagatesToTheNearestNullableParent()
    {
        var root = Map(("boxes", new object?[] { Map(("value", "v")), Map(("value", null)) }), ("box", Map(("value", null))));
        var result = await RunAsync(Schema(Sdl), "{ boxes { value } box { value other } }", root);
        Assert.Equal("{\"boxes\":[{\"value\":\"v\"},null],\"box\":null}", Data(result, errors: 2));
        Assert.Equal(new object[] { "boxes", 1, "value" }, result.Errors[0].Path);
        Assert.Null((await RunAsync(Schema(Sdl), "{ nnBox { value } }", Map(("nnBox", Map(("value", null)))))).Data);
    }

    [Fact]
    public async Task LeafValuesAreSerialized()
    {
        var result = await RunAsync(Schema(Sdl), "{ level ints }", Map(("level", "HIGH"), ("ints", new object?[] { 1.0, "2", true })));
        Assert.Equal("{\"level\":\"HIGH\",\"ints\":[1,2,1]}", Data(result));
        var bad = await RunAsync(Schema(Sdl), "{ level }", Map(("level", "MEDIUM")));
        Assert.Equal(ExecutionErrorCodes.ResultCoercionFailed, Assert.Single(bad.Errors).Code);
    }

    [Fact]
    public async Task ANonListValueForAListIsAFieldError()
    {
        var result = await RunAsync(Schema(Sdl), "{ ints }", Map(("ints", "123")));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Expected Iterable, but did not find one for field \"Query.ints\".", error.Message);
        Assert.Equal(ExecutionErrorCodes.ListExpected, error.Code);
    }

    [Fact]
    public async Task AbstractTypesResolveFromClrTypesByName()
    {
        var root = new { Animal = new Dog("Rex"), Pets = new object[] { new Cat("Tom"), new Dog("Fido") } };
        Assert.Equal(
            "{\"animal\":{\"__typename\":\"Dog\",\"name\":\"Rex\"},\"pets\":[{\"__typename\":\"Cat\"},{\"__typename\":\"Dog\"}]}",
            Data(await RunAsync(Schema(Sdl), "{ animal { __typename name } pets { __typename } }", root)));
    }

    [Fact]
    public async Task AbstractTypesUseTheirTypeResolverFirst()
    {
        var options = new SchemaBuildOptions();
        options.TypeResolvers["Animal"] = (value, context, type) => context.Schema.GetType<ObjectType>("Cat");
        var result = await RunAsync(Schema(Sdl, options), "{ animal { __typename } }", Map(("animal", new Dog("Rex"))));
        Assert.Equal("{\"animal\":{\"__typename\":\"Cat\"}}", Data(result));
    }

    [Fact]
    public async Task AnUnresolvableAbstractValueIsAFieldError()
    {
        var result = await RunAsync(Schema(Sdl), "{ animal { name } }", Map(("animal", Map(("name", "x")))));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Abstract type \"Animal\" must resolve to an Object type at runtime for field \"Query.animal\".", error.Message);
        Assert.Equal(ExecutionErrorCodes.AbstractTypeResolutionFailed, error.Code);
    }

    private static string Data(ExecutionResult result, int errors = 0)
    {
        Assert.Equal(errors, result.Errors.Count);
        var json = ResultWriter.ToJson(ExecutionResult.FromData(result.Data, Array.Empty<Errors.GraphQLError>()));
        return json["{\"data\":".Length..^1];
    }
}
