using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SolidarityGraph.Api.RateLimits;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.Api.TrustedDocuments;

/// <summary>
/// The trusted documents the server runs by id (GraphQL over HTTP persisted documents: <c>documentId</c> =
/// <c>sha256:&lt;hex&gt;</c> of the document text): the configured manifests plus those uploaded in the admin.
/// Each entry's key must be the SHA-256 of its document, so an id always names exactly the text it hashes.
/// </summary>
public sealed class TrustedDocumentStore(
    TrustedDocumentOptions options, IHttpContextAccessor accessor, ILogger<TrustedDocumentStore> logger) : IPersistedDocumentStore
{
    /// <summary>The only hash algorithm of the ids.</summary>
    public const string Prefix = "sha256:";

    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>How many documents are known.</summary>
    public int Count => _documents.Count;

    /// <summary>The documents by hash, for the admin page.</summary>
    public IReadOnlyDictionary<string, string> Documents => _documents;

    /// <summary>Loads the configured manifests and the uploaded ones; a broken file stops the start with its problem.</summary>
    public void LoadAll()
    {
        var files = options.Manifests.ToList();
        if (options.UploadFolder is { } folder && Directory.Exists(folder))
        {
            files.AddRange(Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal));
        }

        foreach (var file in files)
        {
            var (added, problems) = Add(File.ReadAllText(file));
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The trusted-documents manifest {file} is invalid: {string.Join("; ", problems)}");
            }

            logger.LogInformation("Loaded {Count} trusted documents from {File}", added, file);
        }
    }

    /// <summary>
    /// Adds the documents of a manifest when every entry is valid; otherwise adds nothing and lists the problems.
    /// </summary>
    public (int Added, IReadOnlyList<string> Problems) Add(string manifest)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        try
        {
            using var json = JsonDocument.Parse(manifest);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (0, ["A manifest is a JSON object { \"<sha256 hex>\": \"<document>\" }."]);
            }

            foreach (var entry in json.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"The entry {entry.Name} is not a string.");
                    continue;
                }

                var document = entry.Value.GetString()!;
                var hash = Hash(document);
                if (!string.Equals(entry.Name, hash, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"The key {entry.Name} is not the SHA-256 of its document ({hash}).");
                    continue;
                }

                entries[hash] = document;
            }
        }
        catch (JsonException exception)
        {
            return (0, [$"The manifest is not valid JSON: {exception.Message}"]);
        }

        if (problems.Count > 0)
        {
            return (0, problems);
        }

        foreach (var (hash, document) in entries)
        {
            _documents[hash] = document;
        }

        return (entries.Count, []);
    }

    /// <summary>Validates and stores an uploaded manifest in the upload folder, so it survives a restart.</summary>
    public async Task<(int Added, IReadOnlyList<string> Problems)> UploadAsync(string manifest, CancellationToken cancellationToken)
    {
        var result = Add(manifest);
        if (result.Problems.Count == 0)
        {
            var folder = options.UploadFolder ?? throw new InvalidOperationException("TrustedDocuments:UploadFolder is not set.");
            Directory.CreateDirectory(folder);
            var name = $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Hash(manifest)[..12]}.json";
            await File.WriteAllTextAsync(Path.Combine(folder, name), manifest, cancellationToken);
        }

        return result;
    }

    /// <inheritdoc/>
    public string? Find(string documentId) =>
        documentId.StartsWith(Prefix, StringComparison.Ordinal) && _documents.TryGetValue(documentId[Prefix.Length..].ToLowerInvariant(), out var document)
            ? document
            : null;

    /// <inheritdoc/>
    public bool IsRequiredFor(RequestContext context) =>
        options.Only || (accessor.HttpContext is { } http && CallerLimits.Of(http).TrustedDocumentsOnly == true);

    /// <summary>The lowercase hex SHA-256 of the UTF-8 text.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
