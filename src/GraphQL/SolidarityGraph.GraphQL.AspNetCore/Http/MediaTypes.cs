using System.Buffers;
using System.Globalization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP and the <c>Accept</c> negotiation between them.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    public const string JsonUtf8 = Json + "; charset=utf-8";

    private static readonly SearchValues<char> TokenChars = SearchValues.Create(
        "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// Picks the response media type: the first acceptable range in <c>Accept</c> order (higher q first) that we can
    /// produce. <c>*/*</c>, <c>application/*</c> or no <c>Accept</c> at all give <c>application/json</c>, which every
    /// client understands (graphql-http audits 47DE, 80D8). <see langword="null"/> means 406.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues acceptValues)
    {
        if (acceptValues.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        return TryNegotiateSimple(acceptValues, out var negotiated) ? negotiated : NegotiateParsed(acceptValues);
    }

    /// <summary>
    /// The same choice as <see cref="NegotiateParsed"/> without allocating, for the <c>Accept</c> headers clients send:
    /// media ranges with at most simple parameters. Anything unusual (quoted strings, a range without a slash, a
    /// malformed <c>q</c>) returns <see langword="false"/> and takes the parser's path.
    /// </summary>
    private static bool TryNegotiateSimple(StringValues acceptValues, out ResponseMediaType? negotiated)
    {
        // The first producible range of the highest q wins: what a stable sort by q, then a first match, picks.
        negotiated = null;
        var bestQuality = 0.0;
        var empty = true;
        for (var v = 0; v < acceptValues.Count; v++)
        {
            var value = acceptValues[v].AsSpan(); // a null value reads as empty
            if (value.Contains('"'))
            {
                return false;
            }

            foreach (var rangeBounds in value.Split(','))
            {
                var range = value[rangeBounds].Trim();
                if (range.IsEmpty)
                {
                    continue;
                }

                empty = false;
                if (!TryReadRange(range, out var mediaType, out var quality))
                {
                    return false;
                }

                if (quality > bestQuality && Producible(mediaType) is { } type)
                {
                    negotiated = type;
                    bestQuality = quality;
                }
            }
        }

        return !empty; // blank values or bare commas: the parser's path decides, as for any unusual header
    }

    private static bool TryReadRange(ReadOnlySpan<char> range, out ReadOnlySpan<char> mediaType, out double quality)
    {
        quality = 1;
        var semicolon = range.IndexOf(';');
        mediaType = (semicolon < 0 ? range : range[..semicolon]).Trim();
        var slash = mediaType.IndexOf('/');
        if (slash <= 0 || !IsToken(mediaType[..slash]) || !IsToken(mediaType[(slash + 1)..]))
        {
            return false;
        }

        while (semicolon >= 0)
        {
            range = range[(semicolon + 1)..];
            semicolon = range.IndexOf(';');
            var parameter = (semicolon < 0 ? range : range[..semicolon]).Trim();
            var equals = parameter.IndexOf('=');
            if (equals <= 0 || !IsToken(parameter[..equals].TrimEnd()) || !IsToken(parameter[(equals + 1)..].TrimStart()))
            {
                return false;
            }

            if (parameter[..equals].TrimEnd().Equals("q", StringComparison.OrdinalIgnoreCase)
                && !TryReadQuality(parameter[(equals + 1)..].TrimStart(), out quality))
            {
                return false;
            }
        }

        return true;
    }

    // RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ).
    private static bool TryReadQuality(ReadOnlySpan<char> text, out double quality)
    {
        quality = 0;
        var valid = text.Length is >= 1 and <= 5
            && text[0] is '0' or '1'
            && (text.Length == 1 || (text[1] == '.' && !text[2..].ContainsAnyExceptInRange('0', text[0] == '0' ? '9' : '0')));
        return valid && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quality);
    }

    // RFC 9110 §5.6.2: token = 1*tchar.
    private static bool IsToken(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept(TokenChars);

    private static ResponseMediaType? Producible(ReadOnlySpan<char> mediaType) =>
        mediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? ResponseMediaType.GraphQLResponse
        : mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.Ordinal)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? ResponseMediaType.Json
        : null;

    private static ResponseMediaType? NegotiateParsed(StringValues acceptValues)
    {
        if (acceptValues.All(string.IsNullOrWhiteSpace) || !MediaTypeHeaderValue.TryParseList(acceptValues, out var ranges))
        {
            // An unparsable Accept is treated like none at all rather than refused.
            return ResponseMediaType.Json;
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            if (Producible(range.MediaType.AsSpan()) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Whether the first <c>Accept</c> value asks for HTML, i.e. a browser navigating to the endpoint.</summary>
    public static bool PrefersHtml(StringValues acceptValues)
    {
        var first = acceptValues.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
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
