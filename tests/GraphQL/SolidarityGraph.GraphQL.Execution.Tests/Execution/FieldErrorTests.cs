using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Utilities;
using static SolidarityGraph.GraphQL.Execution.Tests.Execution.ExecutionHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §6.4.4 Handling Execution Errors: which messages surface, which are masked, and what errors carry.</summary>
public sealed class FieldErrorTests
{
    private const string Sdl = "type Query { f: String g: String }";

    private static async Task<ExecutionResult> FailAsync(Func<object?> behaviour, ExecutionOptions? options = null)
    {
        var builder = new SchemaBuildOptions().AddResolver("Query", "f", _ => new ValueTask<object?>(behaviour()));
        return await RunAsync(Schema(Sdl, builder), "{ f g }", Map(("g", "G")), options: options);
    }

    [Fact]
    public async Task AGraphQLExceptionKeepsItsMessageCodeAndExtensions()
    {
        var exception = new GraphQLException("No access", "FORBIDDEN");
        exception.Extensions["reason"] = "policy";
        var result = await FailAsync(() => throw exception);
        var error = Assert.Single(result.Errors);
        Assert.Equal("No access", error.Message);
        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal("policy", error.Extensions["reason"]);
        Assert.Equal(new object[] { "f" }, error.Path);
        Assert.Equal("G", result.Data!["g"]);
    }

    [Fact]
    public async Task AnUnexpectedExceptionIsMaskedAndLoggedWithACorrelationId()
    {
        var logged = new List<(Exception, string)>();
        var result = await FailAsync(() => throw new InvalidOperationException("connection string leaked"), new ExecutionOptions { OnUnexpectedError = (e, id) => logged.Add((e, id)) });
        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(ExecutionErrorCodes.UnexpectedExecutionError, error.Code);
        Assert.False(error.Extensions.ContainsKey("exception"));
        var (exception, id) = Assert.Single(logged);
        Assert.Equal("connection string leaked", exception.Message);
        Assert.Equal(id, error.Extensions["correlationId"]);
        Assert.DoesNotContain("leaked", ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task ExceptionDetailsAppearOnlyWhenAskedFor()
    {
        var result = await FailAsync(() => throw new InvalidOperationException("details"), new ExecutionOptions { IncludeExceptionDetails = true });
        var details = Assert.IsType<Dictionary<string, object?>>(Assert.Single(result.Errors).Extensions["exception"]);
        Assert.Equal("details", details["message"]);
        Assert.Equal(typeof(InvalidOperationException).FullName, details["type"]);
    }

    [Fact]
    public async Task AReturnedErrorIsAFieldErrorWithTheFieldsLocationAndPath()
    {
        var result = await FailAsync(() => new GraphQLError("returned"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("returned", error.Message);
        Assert.Equal(new SourceLocation(1, 3), Assert.Single(error.Locations));
        Assert.Equal(new object[] { "f" }, error.Path);
        Assert.Null(result.Data!["f"]);
    }

    [Fact]
    public async Task AnAsyncResolverErrorIsHandledLikeASynchronousOne()
    {
        var builder = new SchemaBuildOptions().AddResolver("Query", "f", async _ =>
        {
            await Task.Yield();
            throw new GraphQLException("later");
        });
        var result = await RunAsync(Schema(Sdl, builder), "{ f g }", Map(("g", "G")));
        Assert.Equal("later", Assert.Single(result.Errors).Message);
        Assert.Equal("{\"errors\":[{\"message\":\"later\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"f\"],\"extensions\":{\"code\":\"GRAPHQL_FIELD_ERROR\"}}],\"data\":{\"f\":null,\"g\":\"G\"}}", ResultWriter.ToJson(result));
    }
}
