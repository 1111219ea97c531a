using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.Data.Tests.Paging;

public sealed class PagingArgumentErrorTests(DataFixture fixture) : DataTestBase(fixture)
{
    [Theory]
    [InlineData("first: 1000", DataErrorCodes.MaxPageSizeExceeded, "Query.projects: \"first\" must not exceed the maximum page size of 50; it was 1000.")]
    [InlineData("last: 51", DataErrorCodes.MaxPageSizeExceeded, "Query.projects: \"last\" must not exceed the maximum page size of 50; it was 51.")]
    [InlineData("first: -1", DataErrorCodes.NegativePageSize, "Query.projects: \"first\" must not be negative; it was -1.")]
    [InlineData("last: -3", DataErrorCodes.NegativePageSize, "Query.projects: \"last\" must not be negative; it was -3.")]
    [InlineData("first: 2, last: 2", DataErrorCodes.FirstAndLast, "Query.projects: pass either \"first\" or \"last\", not both.")]
    [InlineData("after: \"not a cursor!\"", DataErrorCodes.InvalidCursor, "Query.projects: The cursor \"not a cursor!\" is not a cursor of this field.")]
    [InlineData("after: \"WyJ4Il0\"", DataErrorCodes.InvalidCursor, "Query.projects: The cursor \"WyJ4Il0\" is not a cursor of this field.")]
    public async Task InvalidArgumentsAreFieldErrorsWithStableCodes(string arguments, string code, string message)
    {
        var result = await RunAsync($"{{ projects({arguments}) {{ nodes {{ id }} }} }}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(code, error.Extensions!["code"]);
        Assert.Equal(new object[] { "projects" }, error.Path);
        Assert.Empty(Sql);
    }

    [Fact]
    public async Task CursorFromAnotherOrderIsRejected()
    {
        var data = await DataAsync("{ projects(first: 1, order: [{ title: ASC }]) { pageInfo { endCursor } } }");
        var cursor = data.GetProperty("projects").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var result = await RunAsync("query($a: String) { projects(first: 1, after: $a, order: [{ budget: ASC }]) { nodes { id } } }", new Dictionary<string, object?> { ["a"] = cursor });

        var error = Assert.Single(result.Errors);
        Assert.Equal(DataErrorCodes.InvalidCursor, error.Extensions!["code"]);
        Assert.Equal("ORDER_MISMATCH", error.Extensions["reason"]);
    }

    [Fact]
    public async Task FieldOptionsLimitTheFieldAndHideBackwardArguments()
    {
        var tooMany = await RunAsync("{ unprojectedProjects(first: 6) { nodes { id } } }");
        Assert.Equal(DataErrorCodes.MaxPageSizeExceeded, Assert.Single(tooMany.Errors).Extensions!["code"]);

        var field = Fixture.Schema.QueryType!.Fields["unprojectedProjects"];
        Assert.Equal(new[] { "first", "after", "where" }, field.Arguments.Select(a => a.Name));
    }

    [Fact]
    public async Task InvalidNestedArgumentsNameTheNestedField()
    {
        var result = await RunAsync("{ projects(first: 1) { nodes { participations(first: 100) { nodes { id } } } } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(DataErrorCodes.MaxPageSizeExceeded, error.Extensions!["code"]);
        Assert.StartsWith("Project.participations:", error.Message, StringComparison.Ordinal);
    }
}
