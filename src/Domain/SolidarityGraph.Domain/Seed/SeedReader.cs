using System.Text.Json;

namespace SolidarityGraph.Domain.Seed;

/// <summary>Reads a seed file into <see cref="SeedFile"/>, turning JSON errors into <see cref="SeedException"/>s.</summary>
internal static class SeedReader
{
    /// <summary>File name used in messages for the copy embedded in this assembly.</summary>
    public const string EmbeddedFileName = "seed.json";

    private const string EmbeddedResourceName = "SolidarityGraph.Domain.Seed.seed.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A misspelt field must fail loudly rather than silently drop a fact.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Opens the seed file embedded in this assembly.</summary>
    public static Stream OpenEmbedded() =>
        typeof(SeedReader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
        ?? throw new InvalidOperationException($"The embedded seed resource '{EmbeddedResourceName}' is missing from the build.");

    /// <summary>Deserialises <paramref name="stream"/>; <paramref name="fileName"/> only labels error messages.</summary>
    public static async Task<SeedFile> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        SeedFile? file;
        try
        {
            file = await JsonSerializer.DeserializeAsync<SeedFile>(stream, Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            var (record, field) = SplitPath(ex.Path);
            var where = ex.LineNumber is { } line
                ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}"
                : string.Empty;
            throw new SeedException(fileName, record, field, $"invalid JSON{where}: {Describe(ex)}", ex);
        }

        return file ?? throw new SeedException(fileName, "(document)", "(root)", "the document is null; expected a JSON object.");
    }

    /// <summary>Splits <c>$.fundings[2].amount</c> into the record <c>fundings[2]</c> and the field <c>amount</c>.</summary>
    internal static (string Record, string Field) SplitPath(string? jsonPath)
    {
        var path = string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? string.Empty : jsonPath.TrimStart('$').TrimStart('.');
        if (path.Length == 0)
        {
            return ("(document)", "(root)");
        }

        var lastDot = path.LastIndexOf('.');
        var lastBracket = path.LastIndexOf('[');
        if (lastDot > lastBracket)
        {
            return (path[..lastDot], path[(lastDot + 1)..]);
        }

        // The path ends in an index: the record itself (or a top-level list) is malformed.
        return lastDot < 0 && lastBracket < 0 ? ("(document)", path) : (path, "(record)");
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "unknown field (check its spelling against the seed format).";
        }

        return message.Replace("SolidarityGraph.Domain.Seed.", string.Empty, StringComparison.Ordinal);
    }
}
