using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Parsed documents by the SHA-256 hash of their text, at most <see cref="Capacity"/>, least recently used dropped
/// first. Documents are immutable, so one instance serves any number of concurrent requests. Thread-safe.
/// </summary>
public sealed class DocumentCache
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Hash, DocumentNode Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, DocumentNode Document)> _recency = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>How many documents are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The document stored under <paramref name="hash"/>, marking it as recently used.</summary>
    public bool TryGet(string hash, out DocumentNode? document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }

        document = null;
        return false;
    }

    /// <summary>Stores <paramref name="document"/> under <paramref name="hash"/>, dropping the least recently used beyond capacity.</summary>
    public void Set(string hash, DocumentNode document)
    {
        lock (_gate)
        {
            if (_entries.ContainsKey(hash))
            {
                return;
            }

            _entries[hash] = _recency.AddFirst((hash, document));
            if (_entries.Count > Capacity)
            {
                _entries.Remove(_recency.Last!.Value.Hash);
                _recency.RemoveLast();
            }
        }
    }
}
