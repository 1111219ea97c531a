using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Validation;

/// <summary>
/// Remembers validation results so that a document seen before is not validated again (spec §5 allows skipping
/// validation of a request known to be valid). Keyed by a hash of the document text, the schema instance, the rule
/// set instance and the options; holds at most <see cref="Capacity"/> results and evicts the least recently used.
/// Safe to share between threads.
/// </summary>
public sealed class ValidationCache
{
    private readonly object _gate = new();
    private readonly Dictionary<Key, LinkedListNode<Entry>> _entries = new();
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> results.</summary>
    public ValidationCache(int capacity = 1000)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "The capacity must be at least 1.");
        }

        Capacity = capacity;
    }

    /// <summary>The most results kept.</summary>
    public int Capacity { get; }

    /// <summary>How many results are kept now.</summary>
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

    /// <summary>A stable hash of a document's text (SHA-256, hex), suitable as <c>documentHash</c>.</summary>
    public static string ComputeHash(string documentText)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(documentText ?? throw new ArgumentNullException(nameof(documentText))));
        return BitConverter.ToString(bytes).Replace("-", string.Empty);
    }

    /// <summary>
    /// Returns the remembered result for this document, schema, rules and options, or validates with
    /// <see cref="DocumentValidator.Validate"/> and remembers the result.
    /// </summary>
    /// <param name="schema">The schema; results are kept per schema instance.</param>
    /// <param name="document">The parsed document, validated on a miss.</param>
    /// <param name="documentHash">A hash identifying the document text, for example <see cref="ComputeHash"/>.</param>
    /// <param name="rules">The rules, or <see langword="null"/> for <see cref="SpecifiedRules.Executable"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    public IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        string documentHash,
        IReadOnlyList<IValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        rules ??= SpecifiedRules.Executable;
        options ??= ValidationOptions.Default;
        var key = new Key(schema, rules, documentHash, options);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                return hit.Value.Errors;
            }
        }

        // Validation runs outside the lock; two threads missing together both validate and store the same result.
        var errors = DocumentValidator.Validate(schema, document, rules, options);
        lock (_gate)
        {
            if (!_entries.ContainsKey(key))
            {
                _entries[key] = _recency.AddFirst(new Entry(key, errors));
                if (_entries.Count > Capacity)
                {
                    var oldest = _recency.Last!;
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
            }
        }

        return errors;
    }

    /// <summary>Forgets every result.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    private sealed class Entry(Key key, IReadOnlyList<GraphQLError> errors)
    {
        public Key Key { get; } = key;

        public IReadOnlyList<GraphQLError> Errors { get; } = errors;
    }

    // Schema and rule set by identity: a rebuilt schema is a different schema.
    private readonly struct Key(Schema schema, IReadOnlyList<IValidationRule> rules, string hash, ValidationOptions options)
        : IEquatable<Key>
    {
        private readonly Schema _schema = schema;
        private readonly IReadOnlyList<IValidationRule> _rules = rules;
        private readonly string _hash = hash ?? throw new ArgumentNullException(nameof(hash));
        private readonly int _maxErrors = options.MaxErrors;
        private readonly bool _hideSuggestions = options.HideSuggestions;
        private readonly bool _allowEmptySelectionSets = options.AllowEmptySelectionSets;

        public bool Equals(Key other) =>
            ReferenceEquals(_schema, other._schema)
            && ReferenceEquals(_rules, other._rules)
            && string.Equals(_hash, other._hash, StringComparison.Ordinal)
            && _maxErrors == other._maxErrors
            && _hideSuggestions == other._hideSuggestions
            && _allowEmptySelectionSets == other._allowEmptySelectionSets;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => unchecked(
            (((RuntimeHelpers.GetHashCode(_schema) * 397) ^ RuntimeHelpers.GetHashCode(_rules)) * 397)
            ^ StringComparer.Ordinal.GetHashCode(_hash) ^ (_maxErrors * 31) ^ (_hideSuggestions ? 1 : 0) ^ (_allowEmptySelectionSets ? 2 : 0));
    }
}
