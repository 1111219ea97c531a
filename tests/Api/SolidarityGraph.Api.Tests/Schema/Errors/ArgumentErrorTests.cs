using System.Net;

namespace SolidarityGraph.Api.Tests.Schema.Errors;

/// <summary>Bad paging and filter arguments are clear errors with codes, never a 500.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class ArgumentErrorTests(GraphQLHost host)
{
    [Theory]
    [InlineData("{ projects(first: 1000) { nodes { id } } }", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("{ projects(first: 2, last: 2) { nodes { id } } }", "PAGING_FIRST_AND_LAST")]
    [InlineData("{ projects(first: -1) { nodes { id } } }", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("""{ projects(after: "bm90IGEgY3Vyc29y") { nodes { id } } }""", "PAGING_INVALID_CURSOR")]
    [InlineData("{ organisations { nodes { fundingGiven(first: 51) { nodes { id } } } } }", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ search(text: "  ") { id } }""", "INVALID_ARGUMENT")]
    public async Task FieldErrorsCarryACode(string query, string code)
    {
        var response = await host.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(code, response.ErrorCodes);
    }

    [Fact]
    public async Task AnUnknownFilterFieldIsAValidationError()
    {
        var response = await host.PostAsync("{ projects(where: { colour: { eq: \"red\" } }) { nodes { id } } }");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.Null(response.Json["data"]);
        var code = Assert.Single(response.ErrorCodes);
        Assert.False(string.IsNullOrEmpty(code));
        Assert.Contains("colour", response.Body, StringComparison.Ordinal);
    }
}
