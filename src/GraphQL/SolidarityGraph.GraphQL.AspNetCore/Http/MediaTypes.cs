using Microsoft.Net.Http.Headers;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP and the <c>Accept</c> negotiation between them.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    public const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>
    /// Picks the response media type: the first acceptable range in <c>Accept</c> order (higher q first) that we can
    /// produce. <c>*/*</c>, <c>application/*</c> or no <c>Accept</c> at all give <c>application/json</c>, which every
    /// client understands (graphql-http audits 47DE, 80D8). <see langword="null"/> means 406.
    /// </summary>
    public static ResponseMediaType? Negotiate(IList<string>? acceptValues)
    {
        if (acceptValues is null || acceptValues.Count == 0 || acceptValues.All(string.IsNullOrWhiteSpace))
        {
            return ResponseMediaType.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptValues, out var ranges))
        {
            // An unparsable Accept is treated like none at all rather than refused.
            return ResponseMediaType.Json;
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            if (range.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return ResponseMediaType.GraphQLResponse;
            }

            if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("*/*", StringComparison.Ordinal)
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return ResponseMediaType.Json;
            }
        }

        return null;
    }

    /// <summary>Whether the first <c>Accept</c> value asks for HTML, i.e. a browser navigating to the endpoint.</summary>
    public static bool PrefersHtml(IList<string>? acceptValues)
    {
        var first = acceptValues?.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (first is null)
        {
            return false;
        }

        var comma = first.IndexOf(',');
        var head = comma < 0 ? first : first[..comma];
        return head.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static string ContentType(ResponseMediaType type) =>
        type == ResponseMediaType.GraphQLResponse ? GraphQLResponseUtf8 : JsonUtf8;
}

/// <summary>The media types a GraphQL response is written in.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/json</c> (legacy, status 200 for well-formed requests).</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c> (status reflects request errors).</summary>
    GraphQLResponse,
}
