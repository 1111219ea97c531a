using System.Text.Json;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>Reads a GraphQL response and checks its status, media type and body shape.</summary>
internal static class ResponseAssertions
{
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, int status, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>A request error: <c>errors</c> present, no <c>data</c> key; returns the first error's code.</summary>
    public static string? RequestErrorCode(JsonElement body)
    {
        Assert.False(body.TryGetProperty("data", out _), $"a request error has no data entry: {body}");
        Assert.True(body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0, $"errors expected: {body}");
        return errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
    }
}
