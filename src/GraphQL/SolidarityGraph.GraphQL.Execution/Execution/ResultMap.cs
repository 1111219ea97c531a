using System.Collections;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The result of one selection set (spec §6.3 ExecuteSelectionSet): response keys in the order CollectFields
/// produced them (spec §7.1 "Serialized Map Ordering"). Lookup is linear because selection sets are small.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>, IResultNode
{
    private ResultSlot _slot;
    private bool _nulled;

    private string[] _keys;
    private object?[] _values;
    private int _count;
    private bool _sharedKeys;

    /// <summary>Creates an empty map with room for <paramref name="capacity"/> entries.</summary>
    public ResultMap(int capacity = 4)
    {
        _keys = new string[Math.Max(capacity, 1)];
        _values = new object?[_keys.Length];
    }

    /// <summary>
    /// A map for the response keys of one grouped field set, whose key array every map of the set shares until a
    /// field is left out (copied then).
    /// </summary>
    internal ResultMap(string[] responseKeys, ResultSlot slot)
    {
        _slot = slot;
        _keys = responseKeys.Length > 0 ? responseKeys : new string[1];
        _values = new object?[_keys.Length];
        _sharedKeys = responseKeys.Length > 0;
    }

    /// <inheritdoc/>
    public int Count => _count;

    ResultSlot IResultNode.Slot => _slot;

    bool IResultNode.IsNulled
    {
        get => _nulled;
        set => _nulled = value;
    }

    /// <summary>Forgets this map's position: a completed result kept beyond its request is shared, not placed.</summary>
    internal void DetachFromParent() => _slot = default;

    /// <summary>This map's position became null (spec §6.4.4); the executor drops it.</summary>
    internal bool IsNulled => _nulled;

    void IResultNode.SetNull(int index) => _values[index] = null;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _keys.Take(_count);

    /// <inheritdoc/>
    public IEnumerable<object?> Values => _values.Take(_count);

    /// <inheritdoc/>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The response name in position <paramref name="index"/>: entries keep the order fields were collected in, the order the response writes them.</summary>
    public string KeyAt(int index) => index < _count ? _keys[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The value of the entry whose response name is <see cref="KeyAt"/>(<paramref name="index"/>).</summary>
    public object? ValueAt(int index) => index < _count ? _values[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <summary>Appends an entry; response keys are unique by construction (CollectFields groups them).</summary>
    internal void Add(string key, object? value)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
            _sharedKeys = false;
        }

        if (!_sharedKeys || !ReferenceEquals(_keys[_count], key))
        {
            if (_sharedKeys)
            {
                _keys = (string[])_keys.Clone();
                _sharedKeys = false;
            }

            _keys[_count] = key;
        }

        _values[_count] = value;
        _count++;
    }

    /// <summary>Replaces the value at <paramref name="index"/>: a field whose value arrived after later siblings were added.</summary>
    internal void SetValueAt(int index, object? value) => _values[index] = value;

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
