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
/// <para>
/// Admission on second sight: a document seen for the first time is not kept among the entries, because a stream of
/// one-off documents (a trailing comment with a counter, literals written into the text) would otherwise fill the cache
/// with documents never asked for again, keep them alive long enough to reach the oldest GC generation, and evict
/// the documents that are repeated. A newcomer leaves its hash in a table of recently seen hashes (a few bytes, nothing
/// kept alive) and sits in one of a few probation slots: when it comes back while still in its slot it is promoted
/// without being parsed again; when it comes back later, its hash admits it.
/// </para>
/// </summary>
public sealed class DocumentCache
{
    /// <summary>How many newcomers wait for their second sight at once, each in the slot its hash picks.</summary>
    internal const int ProbationSlots = 32;
    private readonly ConcurrentDictionary<DocumentKey, PreparedDocument> _entries = new(DocumentKey.Comparer.Instance);
    private readonly int[] _seenHashes;
    private readonly PreparedDocument?[] _probation = new PreparedDocument?[ProbationSlots];
    private readonly object _evictionGate = new();
    private long _clock;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;

        // Four hashes per entry: a document repeated among a few thousand newcomers is still recognised.
        _seenHashes = new int[(int)Math.Min(1 << 20, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 4))];
    }

    /// <summary>The cells of the table of recently seen hashes (one hash per cell, picked by the hash).</summary>
    internal int SeenHashCells => _seenHashes.Length;

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>How many documents are kept now (newcomers on probation not counted).</summary>
    public int Count => _entries.Count;

    /// <summary>The parsed document of <paramref name="documentText"/>, marking it as recently used.</summary>
    public bool TryGet(string documentText, out DocumentNode? document)
    {
        document = Find(new DocumentKey(documentText))?.Document;
        return document is not null;
    }

    /// <summary>Stores <paramref name="document"/> as the parse of <paramref name="documentText"/> (no probation), dropping the least recently used beyond capacity.</summary>
    public void Set(string documentText, DocumentNode document) => Admit(new DocumentKey(documentText), new PreparedDocument(documentText, document));

    /// <summary>
    /// The prepared entry of <paramref name="key"/>, marking it as recently used; a newcomer found in its probation
    /// slot is admitted now (its second sight).
    /// </summary>
    internal PreparedDocument? Find(DocumentKey key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            return entry;
        }

        ref var slot = ref _probation[key.Hash & (ProbationSlots - 1)];
        var newcomer = Volatile.Read(ref slot);
        if (newcomer is null || newcomer.Hash32 != key.Hash || !string.Equals(newcomer.Text, key.Text, StringComparison.Ordinal))
        {
            return null;
        }

        Interlocked.CompareExchange(ref slot, null, newcomer);
        return Admit(key, newcomer);
    }

    /// <summary>
    /// The prepared entry for the freshly parsed <paramref name="document"/>: admitted when its hash was seen before,
    /// else put on probation (the request goes on with it all the same).
    /// </summary>
    internal PreparedDocument Add(DocumentKey key, DocumentNode document)
    {
        var prepared = new PreparedDocument(key.Text, document, key.Hash);
        ref var seen = ref _seenHashes[(uint)key.Hash & (uint)(_seenHashes.Length - 1)];

        // 0 marks an empty cell; a text hashing to 0 is simply never remembered, so it is admitted on probation only.
        if (seen == key.Hash && key.Hash != 0)
        {
            return Admit(key, prepared);
        }

        seen = key.Hash;
        Volatile.Write(ref _probation[key.Hash & (ProbationSlots - 1)], prepared);
        return prepared;
    }

    private PreparedDocument Admit(DocumentKey key, PreparedDocument prepared)
    {
        var entry = _entries.GetOrAdd(key, prepared);
        entry.LastUsed = Interlocked.Increment(ref _clock);
        if (_entries.Count > Capacity)
        {
            Evict();
        }

        return entry;
    }

    // Drops about a sixteenth of the entries at once, the least recently used, so that a stream of admitted documents
    // pays for the scan once per many insertions.
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
            var oldest = _entries.OrderBy(pair => pair.Value.LastUsed).Take(victims).ToArray();
            foreach (var pair in oldest)
            {
                _entries.TryRemove(pair);
            }
        }
    }
}
