using System.Collections;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The result of one selection set (spec §6.3 ExecuteSelectionSet): response keys in the order CollectFields
/// produced them (spec §7.1 "Serialized Map Ordering"). Lookup is linear because selection sets are small.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>, IResultNode
{
    // The map's own position (a ResultSlot kept as separate fields: the struct's padding would make every map 8
    // bytes larger, and a response holds one map per object).
    private IResultNode? _owner;
    private int _ownerIndex;
    private bool _nonNull;
    private bool _nulled;

    // The response keys: the grouped field set whose key array this map shares (its ResponseKeys), or, once a field was
    // left out or added beyond them, a string[] of the map's own. One field for both keeps every map 8 bytes smaller.
    private object _keys;

    // The entries' values: _values[_offset .. _offset + _keys.Length), a slice of an array that the request's other
    // maps may share (ResultValueStore), or an array of this map's own.
    private object?[] _values;
    private int _offset;
    private int _count;

    /// <summary>Creates an empty map with room for <paramref name="capacity"/> entries.</summary>
    public ResultMap(int capacity = 4)
    {
        var keys = new string[Math.Max(capacity, 1)];
        _keys = keys;
        _values = new object?[keys.Length];
    }

    /// <summary>
    /// A map for the response keys of one grouped field set, whose key array every map of the set shares until a
    /// field is left out (copied then); its values are a slice of the request's <paramref name="store"/>.
    /// </summary>
    internal ResultMap(GroupedFieldSet set, ResultSlot slot, ResultValueStore store)
    {
        (_owner, _ownerIndex, _nonNull) = (slot.Owner, slot.Index, slot.NonNull);
        var length = set.ResponseKeys.Length;
        _keys = length > 0 ? set : new string[1];
        _values = store.Rent(Math.Max(length, 1), out _offset);
    }

    /// <inheritdoc/>
    public int Count => _count;

    ResultSlot IResultNode.Slot => new(_owner, _ownerIndex, _nonNull);

    bool IResultNode.IsNulled
    {
        get => _nulled;
        set => _nulled = value;
    }

    /// <summary>Forgets this map's position: a completed result kept beyond its request is shared, not placed.</summary>
    internal void DetachFromParent() => (_owner, _ownerIndex, _nonNull) = (null, 0, false);

    /// <summary>This map's position became null (spec §6.4.4); the executor drops it.</summary>
    internal bool IsNulled => _nulled;

    void IResultNode.SetNull(int index) => _values[_offset + index] = null;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => KeyArray.Take(_count);

    /// <inheritdoc/>
    public IEnumerable<object?> Values => _values.Skip(_offset).Take(_count);

    /// <inheritdoc/>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The response name in position <paramref name="index"/>: entries keep the order fields were collected in, the order the response writes them.</summary>
    public string KeyAt(int index) => index < _count ? KeyArray[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// The response keys shared with every map of the same grouped field set (in order, at least <see cref="Count"/>
    /// of them), or <see langword="null"/> when this map has keys of its own.
    /// </summary>
    internal GroupedFieldSet? SharedKeys => _keys as GroupedFieldSet;

    private string[] KeyArray => _keys as string[] ?? ((GroupedFieldSet)_keys).ResponseKeys;

    /// <summary>The value of the entry whose response name is <see cref="KeyAt"/>(<paramref name="index"/>).</summary>
    public object? ValueAt(int index) => index < _count ? _values[_offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[_offset + index] : null;
        return index >= 0;
    }

    /// <summary>Appends an entry; response keys are unique by construction (CollectFields groups them).</summary>
    internal void Add(string key, object? value)
    {
        var keys = KeyArray;
        if (_count == keys.Length)
        {
            var larger = new string[_count * 2];
            Array.Copy(keys, larger, _count);
            _keys = keys = larger;
            var values = new object?[_count * 2];
            Array.Copy(_values, _offset, values, 0, _count);
            _values = values;
            _offset = 0;
        }

        if (!ReferenceEquals(keys[_count], key))
        {
            if (_keys is GroupedFieldSet)
            {
                _keys = keys = (string[])keys.Clone();
            }

            keys[_count] = key;
        }

        _values[_offset + _count] = value;
        _count++;
    }

    /// <summary>Replaces the value at <paramref name="index"/>: a field whose value arrived after later siblings were added.</summary>
    internal void SetValueAt(int index, object? value) => _values[_offset + index] = value;

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var keys = KeyArray;
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(keys[i], _values[_offset + i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        var keys = KeyArray;
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
