using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>
/// The result of a batch function that can also fail single keys: return it from
/// <see cref="BatchDataLoader{TKey, TValue}.LoadBatchAsync"/> and the failed keys fault with their error while the
/// others resolve (a field error on the fields that asked for the failed key only).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class BatchResults<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = new();
    private readonly Dictionary<TKey, Exception> _errors = new();

    /// <inheritdoc/>
    public int Count => _values.Count;

    /// <inheritdoc/>
    public IEnumerable<TKey> Keys => _values.Keys;

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => _values.Values;

    /// <inheritdoc/>
    public TValue this[TKey key] => _values[key];

    /// <summary>Sets the value of <paramref name="key"/>.</summary>
    public BatchResults<TKey, TValue> Add(TKey key, TValue value)
    {
        _values[key] = value;
        return this;
    }

    /// <summary>Fails <paramref name="key"/> with <paramref name="error"/>.</summary>
    public BatchResults<TKey, TValue> Fail(TKey key, Exception error)
    {
        _errors[key] = error ?? throw new ArgumentNullException(nameof(error));
        return this;
    }

    /// <summary>The error of <paramref name="key"/>, if it failed.</summary>
    public bool TryGetError(TKey key, [NotNullWhen(true)] out Exception? error) => _errors.TryGetValue(key, out error);

    /// <inheritdoc/>
    public bool ContainsKey(TKey key) => _values.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _values.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
