using System.Text.Json;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using static SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer.ResponseAssertions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Every row of the status policy table in PARITY.md §7, for both <c>Accept</c> columns.</summary>
public sealed class StatusCodePolicyTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private GraphQLTestServer Server => fixture.Server;

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/*;q=0.2, application/graphql-response+json;q=0.1", Json)]
    [InlineData("text/html, APPLICATION/GRAPHQL-RESPONSE+JSON;Q=0.8", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0.1", Json)]
    [InlineData("application/graphql-response+json; charset=\"utf-8\"", GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("*/*", Json)]
    [InlineData(null, Json)]
    public async Task ResponseMediaTypeFollowsAccept(string? accept, string expected)
    {
        var body = await ExpectAsync(await Server.PostAsync("{ hello }", accept), 200, expected);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task MalformedJsonBodyIs400(string accept)
    {
        var body = await ExpectAsync(await Server.PostRawAsync("{ \"not a JSON", "application/json", accept), 400, accept);
        Assert.Equal("HTTP_INVALID_REQUEST", RequestErrorCode(body));
    }

    [Theory]
    [InlineData(GraphQLResponse, "{\"query\":1}")]
    [InlineData(Json, "{\"query\":1}")]
    [InlineData(GraphQLResponse, "{\"query\":\"{ hello }\",\"variables\":[1]}")]
    [InlineData(Json, "{\"query\":\"{ hello }\",\"operationName\":false}")]
    [InlineData(Json, "{\"query\":\"{ hello }\",\"extensions\":\"x\"}")]
    [InlineData(Json, "[]")]
    [InlineData(Json, "")]
    public async Task InvalidParameterShapeIs400(string accept, string json)
    {
        var body = await ExpectAsync(await Server.PostRawAsync(json, "application/json", accept), 400, accept);
        Assert.Equal("HTTP_INVALID_REQUEST", RequestErrorCode(body));
    }

    [Theory]
    [InlineData(GraphQLResponse, null)]
    [InlineData(Json, null)]
    [InlineData(Json, "text/plain")]
    [InlineData(GraphQLResponse, "application/json; charset=latin1")]
    public async Task PostWithoutJsonContentTypeIs415(string accept, string? contentType)
    {
        var body = await ExpectAsync(await Server.PostRawAsync("{\"query\":\"{ hello }\"}", contentType, accept), 415, accept);
        Assert.Equal("HTTP_UNSUPPORTED_MEDIA_TYPE", RequestErrorCode(body));
    }

    [Theory]
    [InlineData(GraphQLResponse, 400)]
    [InlineData(Json, 200)]
    public async Task ParseErrorIsARequestError(string accept, int status)
    {
        var body = await ExpectAsync(await Server.PostAsync("{", accept), status, accept);
        Assert.Equal("GRAPHQL_PARSE_FAILED", RequestErrorCode(body));
    }

    [Theory]
    [InlineData(GraphQLResponse, 400)]
    [InlineData(Json, 200)]
    public async Task ValidationErrorIsARequestError(string accept, int status)
    {
        var body = await ExpectAsync(await Server.PostAsync("{ doesNotExist }", accept), status, accept);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", RequestErrorCode(body));
        var error = body.GetProperty("errors")[0];
        Assert.Contains("doesNotExist", error.GetProperty("message").GetString());
        // The rule's spec section, as a link into the pinned edition and as its number there.
        var extensions = error.GetProperty("extensions");
        Assert.Equal("https://spec.graphql.org/September2025/#sec-Field-Selections", extensions.GetProperty("specifiedBy").GetString());
        Assert.Equal("5.3.1", extensions.GetProperty("specSection").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponse, 400)]
    [InlineData(Json, 200)]
    public async Task VariableCoercionErrorIsARequestError(string accept, int status)
    {
        var response = await Server.PostAsync("query Q($name: String!) { hello(name: $name) }", accept, "\"variables\":{\"name\":null}");
        Assert.Equal("GRAPHQL_VARIABLE_INVALID", RequestErrorCode(await ExpectAsync(response, status, accept)));
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task MutationOverGetIs405WithAllowPost(string accept)
    {
        var response = await Server.GetAsync(accept, ("query", "mutation { increment(by: 1000000) }"));
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("GRAPHQL_OPERATION_NOT_ALLOWED", RequestErrorCode(await ExpectAsync(response, 405, accept)));
        Assert.True(Server.State.Counter < 1000000, "the mutation must not have run");
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task FieldErrorsAre200WithDataAndErrors(string accept)
    {
        var body = await ExpectAsync(await Server.PostAsync("{ hello fail }", accept), 200, accept);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("fail").ValueKind);
        Assert.Equal("TEST_FAILURE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task NullDataAfterExecutionErrorsIs200(string accept)
    {
        var body = await ExpectAsync(await Server.PostAsync("{ nothing }", accept), 200, accept);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal("GRAPHQL_NON_NULL_VIOLATION", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv;q=0.5")]
    [InlineData("application/graphql-response+json;q=0")]
    public async Task AcceptWithoutSupportedTypeIs406(string accept)
    {
        var body = await ExpectAsync(await Server.PostAsync("{ hello }", accept), 406, Json);
        Assert.Equal("HTTP_NOT_ACCEPTABLE", RequestErrorCode(body));
        var get = await ExpectAsync(await Server.GetAsync(accept, ("query", "{ hello }")), 406, Json);
        Assert.Equal("HTTP_NOT_ACCEPTABLE", RequestErrorCode(get));
    }

    [Fact]
    public async Task MutationOverPostRuns()
    {
        var body = await ExpectAsync(await Server.PostAsync("mutation { increment(by: 2) }"), 200, GraphQLResponse);
        Assert.True(body.GetProperty("data").GetProperty("increment").GetInt32() >= 2);
    }

    [Fact]
    public async Task GetRunsQueriesWithJsonEncodedVariables()
    {
        var response = await Server.GetAsync(
            GraphQLResponse,
            ("query", "query Greet($name: String) { hello(name: $name) }"),
            ("variables", "{\"name\":\"GET\"}"),
            ("operationName", "Greet"));
        var body = await ExpectAsync(response, 200, GraphQLResponse);
        Assert.Equal("Hello, GET!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("variables", "[1]")]
    [InlineData("variables", "{not json")]
    [InlineData("extensions", "\"x\"")]
    public async Task GetWithBadJsonParameterIs400(string name, string value)
    {
        var response = await Server.GetAsync(GraphQLResponse, ("query", "{ hello }"), (name, value));
        Assert.Equal("HTTP_INVALID_REQUEST", RequestErrorCode(await ExpectAsync(response, 400, GraphQLResponse)));
    }

    [Fact]
    public async Task GetWithoutQueryIs400()
    {
        var response = await Server.GetAsync(Json);
        Assert.Equal("GRAPHQL_QUERY_MISSING", RequestErrorCode(await ExpectAsync(response, 400, Json)));
    }

    [Theory]
    [InlineData(GraphQLResponse, "{\"qeury\":\"{ hello }\"}")]
    [InlineData(Json, "{\"operationName\":\"A\"}")]
    [InlineData(Json, "{\"query\":null}")]
    public async Task PostWithoutQueryIs400WithTheQueryMissingCode(string accept, string json)
    {
        var body = await ExpectAsync(await Server.PostRawAsync(json, "application/json", accept), 400, accept);
        Assert.Equal("GRAPHQL_QUERY_MISSING", RequestErrorCode(body));
        Assert.Contains("no \"query\" parameter", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherMethodsAre405()
    {
        var response = await Server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "graphql"));
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("GET,POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task BodyOverTheLimitIs413()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestBytes = 1000);
        var json = "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', 2000) + "\"}}";
        var body = await ExpectAsync(await server.PostRawAsync(json, "application/json", Json), 413, Json);
        Assert.Equal("HTTP_REQUEST_TOO_LARGE", RequestErrorCode(body));
        await ExpectAsync(await server.PostAsync("{ hello }"), 200, GraphQLResponse);
    }

    [Theory]
    [InlineData("sdl")]
    [InlineData("schema.graphql")]
    public async Task SchemaIsServedAsSdl(string form)
    {
        var response = await Server.Client.GetAsync(form == "sdl" ? "graphql?sdl" : "graphql/schema.graphql");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("type Query {", text);
        Assert.Contains("hello(name: String = \"world\"): String!", text);
    }
}
