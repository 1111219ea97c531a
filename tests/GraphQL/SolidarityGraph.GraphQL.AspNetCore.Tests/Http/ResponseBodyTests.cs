using System.Text;
using System.Text.Json;
using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;
using static SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer.ResponseAssertions;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// How a response goes out: up to 64 KiB in one piece with <c>Content-Length</c>, larger ones streamed (chunked)
/// and complete; the request body read straight from the request pipe, whatever its size and member order.
/// </summary>
public sealed class ResponseBodyTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task SmallResponseHasContentLength()
    {
        var response = await Server.PostAsync("{ hello }");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.False(response.Headers.TransferEncodingChunked == true);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData(60 * 1024)] // just under the buffer: one piece with Content-Length
    [InlineData(200 * 1024)] // over it: streamed
    public async Task LargeResponseArrivesWhole(int nameLength)
    {
        var name = new string('x', nameLength);
        var response = await Server.PostAsync("query($name: String) { hello(name: $name) }", extraJson: $"\"variables\":{{\"name\":\"{name}\"}}");
        var body = await ExpectAsync(response, 200, "application/graphql-response+json");
        Assert.Equal($"Hello, {name}!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(nameLength > 64 * 1024, response.Headers.TransferEncodingChunked == true);
    }

    [Fact]
    public async Task BodyMembersAreReadInAnyOrderWithEscapesAndUnknownMembers()
    {
        const string body = """
            {"extensions":{"x":[1,{"y":null}]},"varia\u0062les":{"n":"pipe"},"unknown":{"deep":[[]]},
             "operationName":"Greet","query":"query Greet($n: String) { hello(name: $n) } query Other { hello }"}
            """;
        var response = await Server.PostRawAsync(body, "application/json", "application/graphql-response+json");
        var json = await ExpectAsync(response, 200, "application/graphql-response+json");
        Assert.Equal("Hello, pipe!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("{\"query\":1} trailing")] // invalid JSON after a member of the wrong type: reported as invalid JSON
    [InlineData("[{\"query\":\"{ hello }\"}")]
    [InlineData("{\"query\":\"{ hello }\",}")]
    public async Task InvalidJsonAnywhereIsReportedAsSuch(string body)
    {
        var response = await Server.PostRawAsync(body, "application/json", "application/graphql-response+json");
        var json = await ExpectAsync(response, 400, "application/graphql-response+json");
        Assert.Equal("HTTP_INVALID_REQUEST", RequestErrorCode(json));
        Assert.StartsWith("The request body is not valid JSON: ", json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{\"query\":[\"{ hello }\"]}", "The \"query\" parameter must be a string, not an array.")]
    [InlineData("{\"variables\":\"{}\",\"query\":\"{ hello }\"}", "The \"variables\" parameter must be a map (a JSON object), not a string.")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":false,\"extensions\":1}", "The \"operationName\" parameter must be a string, not a boolean.")]
    [InlineData("\"{ hello }\"", "The request body must be a JSON object.")]
    public async Task FirstMisshapenMemberIsReported(string body, string message)
    {
        var response = await Server.PostRawAsync(body, "application/json", "application/graphql-response+json");
        var json = await ExpectAsync(response, 400, "application/graphql-response+json");
        Assert.Equal("HTTP_INVALID_REQUEST", RequestErrorCode(json));
        Assert.Equal(message, json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task ResponsesOnOneConnectionStayApart()
    {
        // The response buffer and writer are reused between requests: each answer must be its own, whole.
        var tasks = Enumerable.Range(0, 40).Select(async i =>
        {
            var response = await Server.PostAsync("query($n: String) { hello(name: $n) }", extraJson: $"\"variables\":{{\"n\":\"{i}\"}}");
            var body = await ExpectAsync(response, 200, "application/graphql-response+json");
            return (i, body.GetProperty("data").GetProperty("hello").GetString());
        });
        foreach (var (i, hello) in await Task.WhenAll(tasks))
        {
            Assert.Equal($"Hello, {i}!", hello);
        }
    }
}
