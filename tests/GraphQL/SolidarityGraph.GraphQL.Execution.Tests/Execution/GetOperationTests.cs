using SolidarityGraph.GraphQL.Language;
using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §6.1 GetOperation.</summary>
public sealed class GetOperationTests
{
    private const string Sdl = "type Query { a: String b: String }";

    [Fact]
    public void TheOnlyOperationIsChosenWithoutAName()
    {
        var operation = Executor.GetOperation(Parser.Parse("query Q { a } fragment F on Query { b }"), null, out var error);
        Assert.Null(error);
        Assert.Equal("Q", operation!.Name!.Value);
    }

    [Fact]
    public void TheNamedOperationIsChosen()
    {
        var operation = Executor.GetOperation(Parser.Parse("query A { a } query B { b }"), "B", out _);
        Assert.Equal("B", operation!.Name!.Value);
    }

    [Theory]
    [InlineData("query A { a } query B { b }", null, "Must provide operation name if query contains multiple operations.", ExecutionErrorCodes.OperationNameRequired)]
    [InlineData("query A { a }", "Z", "Unknown operation named \"Z\".", ExecutionErrorCodes.OperationNotFound)]
    [InlineData("fragment F on Query { a }", null, "Must provide an operation.", ExecutionErrorCodes.NoOperation)]
    public void MissingOrAmbiguousOperationsAreRequestErrors(string query, string? name, string message, string code)
    {
        var operation = Executor.GetOperation(Parser.Parse(query), name, out var error);
        Assert.Null(operation);
        Assert.Equal(message, error!.Message);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("#sec-Executing-Requests", error.SpecifiedBy);
    }

    [Fact]
    public async Task ARequestErrorHasNoDataEntry()
    {
        var json = await JsonAsync(Sdl, "query A { a } query B { b }");
        Assert.StartsWith("{\"errors\":[{\"message\":\"Must provide operation name", json);
        Assert.DoesNotContain("\"data\"", json);
    }

    [Fact]
    public async Task OperationNameSelectsAmongSeveral()
    {
        Assert.Equal("{\"data\":{\"b\":\"B\"}}", await JsonAsync(Sdl, "query A { a } query B { b }", Map(("a", "A"), ("b", "B")), operationName: "B"));
    }

    [Fact]
    public async Task AMutationAgainstASchemaWithoutMutationTypeGivesNullData()
    {
        var schema = Schema(Sdl);
        var result = await RunAsync(schema, "mutation { a }", validate: false);
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Schema is not configured to execute mutation operation.", error.Message);
        Assert.Equal(ExecutionErrorCodes.RootTypeMissing, error.Code);
        Assert.Equal(1, error.Locations[0].Column);
    }
}
