using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>The keys of <see cref="SelectionCache"/>: built when a value is stored, probed without allocating when looked up.</summary>
internal static partial class SelectionCache
{
    /// <summary>The key parts of a selection: the purpose (when given), the field and its merged syntax nodes, without an enumerator.</summary>
    private static object[] Parts(string? purpose, object field, IReadOnlyList<FieldNode> selection)
    {
        var offset = purpose is null ? 1 : 2;
        var parts = new object[offset + selection.Count];
        if (purpose is not null)
        {
            parts[0] = purpose;
        }

        parts[offset - 1] = field;
        for (var i = 0; i < selection.Count; i++)
        {
            parts[offset + i] = selection[i];
        }

        return parts;
    }

    /// <summary>
    /// A field, (within a request) the execution's variables and the field's merged syntax nodes, compared by reference;
    /// across requests also the values of the variables the selection reads, compared by value.
    /// </summary>
    private sealed class SelectionKey(object[] parts, VariableValues? values = null) : IEquatable<SelectionKey>
    {
        private readonly object[] _parts = parts;

        public VariableValues? Values => values;

        public IReadOnlyList<object> Parts => _parts;

        public bool Equals(SelectionKey? other)
        {
            if (other is null || _parts.Length != other._parts.Length || !Equals(values, other.Values))
            {
                return false;
            }

            for (var i = 0; i < _parts.Length; i++)
            {
                if (!ReferenceEquals(_parts[i], other._parts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as SelectionKey);

        public override int GetHashCode()
        {
            var hash = values?.GetHashCode() ?? 0;
            foreach (var part in _parts)
            {
                hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(part));
            }

            return hash;
        }
    }

    /// <summary>
    /// A <see cref="SelectionKey"/> not yet built: a lookup compares the selection's parts where they are, and a key
    /// (with its array) is made only when a value is stored, once per selection instead of once per request.
    /// </summary>
    private readonly struct SelectionProbe(string? purpose, object field, IReadOnlyList<FieldNode> selection, VariableValues? values)
    {
        public SelectionKey ToKey() => new(Parts(purpose, field, selection), values);

        public bool Matches(SelectionKey key)
        {
            var parts = key.Parts;
            var offset = purpose is null ? 1 : 2;
            if (parts.Count != offset + selection.Count || !Equals(values, key.Values)
                || (purpose is not null && !ReferenceEquals(parts[0], purpose)) || !ReferenceEquals(parts[offset - 1], field))
            {
                return false;
            }

            for (var i = 0; i < selection.Count; i++)
            {
                if (!ReferenceEquals(parts[offset + i], selection[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The hash the built key will have (<see cref="SelectionKey.GetHashCode"/>).</summary>
        public int Hash()
        {
            var hash = values?.GetHashCode() ?? 0;
            if (purpose is not null)
            {
                hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(purpose));
            }

            hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(field));
            for (var i = 0; i < selection.Count; i++)
            {
                hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(selection[i]));
            }

            return hash;
        }
    }

    /// <summary>Compares built keys, and probes with built keys (a dictionary's alternate lookup).</summary>
    private sealed class SelectionKeyComparer : IEqualityComparer<SelectionKey>, IAlternateEqualityComparer<SelectionProbe, SelectionKey>
    {
        public static readonly SelectionKeyComparer Instance = new();

        public bool Equals(SelectionKey? x, SelectionKey? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

        public int GetHashCode(SelectionKey obj) => obj.GetHashCode();

        public bool Equals(SelectionProbe alternate, SelectionKey other) => alternate.Matches(other);

        public int GetHashCode(SelectionProbe alternate) => alternate.Hash();

        public SelectionKey Create(SelectionProbe alternate) => alternate.ToKey();
    }
}
