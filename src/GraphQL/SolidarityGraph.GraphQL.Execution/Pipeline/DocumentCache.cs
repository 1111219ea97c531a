using System.Collections.Concurrent;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Prepared documents by their exact text, at most <see cref="Capacity"/>, least recently used dropped first. An entry
/// holds the parsed document and what the pipeline worked out about it once (validation, operation selection,
/// operation limits, a cost that does not depend on variables), so a repeated request skips all of that. Keyed by the
/// text itself rather than a digest: a lookup costs one string hash and compare, and no crafted text can collide with
/// another. Documents are immutable, so one entry serves any number of concurrent requests. Thread-safe; lookups take
/// no lock.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _entries = new(StringComparer.Ordinal);
    private readonly object _evictionGate = new();
    private long _clock;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>How many documents are kept now.</summary>
    public int Count => _entries.Count;

    /// <summary>The parsed document of <paramref name="documentText"/>, marking it as recently used.</summary>
    public bool TryGet(string documentText, out DocumentNode? document)
    {
        document = Find(documentText)?.Document;
        return document is not null;
    }

    /// <summary>Stores <paramref name="document"/> as the parse of <paramref name="documentText"/>, dropping the least recently used beyond capacity.</summary>
    public void Set(string documentText, DocumentNode document) => Add(documentText, document);

    /// <summary>The prepared entry of <paramref name="documentText"/>, marking it as recently used.</summary>
    internal PreparedDocument? Find(string documentText)
    {
        if (!_entries.TryGetValue(documentText, out var entry))
        {
            return null;
        }

        entry.LastUsed = Interlocked.Increment(ref _clock);
        return entry;
    }

    /// <summary>Adds the freshly parsed <paramref name="document"/>; a concurrent request that added it first wins.</summary>
    internal PreparedDocument Add(string documentText, DocumentNode document)
    {
        var entry = _entries.GetOrAdd(documentText, static (text, document) => new PreparedDocument(text, document), document);
        entry.LastUsed = Interlocked.Increment(ref _clock);
        if (_entries.Count > Capacity)
        {
            Evict();
        }

        return entry;
    }

    // Drops about a sixteenth of the entries at once, the least recently used, so that a stream of new documents pays
    // for the scan once per many insertions.
    private void Evict()
    {
        lock (_evictionGate)
        {
            var excess = _entries.Count - Capacity;
            if (excess <= 0)
            {
                return;
            }

            var victims = Math.Min(_entries.Count, Math.Max(excess, Capacity / 16));
            var oldest = _entries.Values.OrderBy(entry => entry.LastUsed).Take(victims).ToArray();
            foreach (var entry in oldest)
            {
                _entries.TryRemove(new KeyValuePair<string, PreparedDocument>(entry.Text, entry));
            }
        }
    }
}
