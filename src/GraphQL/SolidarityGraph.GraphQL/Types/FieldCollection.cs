using System.Collections;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>A member of a type or directive that has a name: a field, argument, input field or enum value.</summary>
public interface INamedMember
{
    /// <summary>The member name.</summary>
    string Name { get; }
}

/// <summary>
/// Named members (fields, arguments, input fields, enum values) in definition order with lookup by name.
/// Names are unique: adding a second member with an existing name throws.
/// </summary>
/// <typeparam name="T">The member type.</typeparam>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, INamedMember
{
    private readonly List<T> _items = new();
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates an empty collection.</summary>
    public FieldCollection()
    {
    }

    /// <summary>Creates a collection holding <paramref name="items"/> in order.</summary>
    /// <exception cref="ArgumentException">Two items share a name.</exception>
    public FieldCollection(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <summary>The member named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such member.</exception>
    public T this[string name] => _byName[name];

    /// <summary>Appends <paramref name="item"/>.</summary>
    /// <exception cref="ArgumentException">A member with the same name exists.</exception>
    public void Add(T item)
    {
        if (item is null)
        {
            throw new ArgumentNullException(nameof(item));
        }

        if (_byName.ContainsKey(item.Name))
        {
            throw new ArgumentException($"A member named \"{item.Name}\" already exists.", nameof(item));
        }

        _byName.Add(item.Name, item);
        _items.Add(item);
    }

    /// <summary>Replaces the member with the same name in place, or appends it when there is none.</summary>
    public void Set(T item)
    {
        if (item is null)
        {
            throw new ArgumentNullException(nameof(item));
        }

        if (_byName.TryGetValue(item.Name, out var existing))
        {
            _items[_items.IndexOf(existing)] = item;
            _byName[item.Name] = item;
            return;
        }

        Add(item);
    }

    /// <summary>Whether a member is named <paramref name="name"/>.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>Looks a member up by name.</summary>
    public bool TryGetField(
        string name,
#if NET
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)]
#endif
        out T? item) => _byName.TryGetValue(name, out item);

    /// <summary>The member named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public T? Find(string name) => _byName.TryGetValue(name, out var item) ? item : null;

    /// <summary>Enumerates the members in definition order.</summary>
    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
