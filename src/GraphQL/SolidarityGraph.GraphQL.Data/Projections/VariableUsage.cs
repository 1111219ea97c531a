using System.Collections;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// The operation variables a field selection can read while it is planned: every variable referenced in the merged
/// field nodes (arguments, directives) and below them, through inline fragments and fragment spreads (the spread's
/// fragment definition is read once). A plan depends on no other variable, so the values of these name the plan.
/// </summary>
internal sealed class VariableUsage : SyntaxVisitor
{
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);

    private VariableUsage(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments) => _fragments = fragments;

    /// <summary>The names of the variables <paramref name="nodes"/> reference, sorted; empty when none.</summary>
    public static string[] Of(IReadOnlyList<FieldNode> nodes, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var usage = new VariableUsage(fragments);
        foreach (var node in nodes)
        {
            usage.Visit(node);
        }

        return usage._names.Count == 0 ? [] : [.. usage._names];
    }

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        switch (node)
        {
            case VariableNode variable:
                _names.Add(variable.Name.Value);
                return VisitorAction.Skip;
            case FragmentSpreadNode spread when _visited.Add(spread.Name.Value) && _fragments.TryGetValue(spread.Name.Value, out var fragment):
                Visit(fragment);
                break;
        }

        return VisitorAction.Continue;
    }
}

/// <summary>
/// The values of the variables a field selection reads (<see cref="VariableUsage"/>), compared by value: lists and
/// input objects item by item (input-object fields in order), other values with <see cref="object.Equals(object)"/>
/// on the same runtime type. A variable the request did not give differs from one given as null.
/// </summary>
internal sealed class VariableValues : IEquatable<VariableValues>
{
    private static readonly object Missing = new();

    private readonly object?[] _values;
    private readonly int _hash;

    private VariableValues(object?[] values)
    {
        _values = values;
        var hash = new HashCode();
        foreach (var value in values)
        {
            hash.Add(Hash(value));
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The values of <paramref name="names"/> in <paramref name="variables"/>.</summary>
    public static VariableValues Of(string[] names, IReadOnlyDictionary<string, object?> variables)
    {
        var values = new object?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            values[i] = variables.TryGetValue(names[i], out var value) ? value : Missing;
        }

        return new VariableValues(values);
    }

    public bool Equals(VariableValues? other)
    {
        if (other is null || other._hash != _hash || other._values.Length != _values.Length)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!Same(_values[i], other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as VariableValues);

    public override int GetHashCode() => _hash;

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) => SameFields(x, y),
        (IEnumerable x, IEnumerable y) => SameItems(x, y),
        _ => a.GetType() == b.GetType() && a.Equals(b),
    };

    private static bool SameFields(IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        using var right = y.GetEnumerator();
        foreach (var (key, value) in x)
        {
            if (!right.MoveNext() || !string.Equals(key, right.Current.Key, StringComparison.Ordinal) || !Same(value, right.Current.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameItems(IEnumerable x, IEnumerable y)
    {
        var right = y.GetEnumerator();
        try
        {
            foreach (var item in x)
            {
                if (!right.MoveNext() || !Same(item, right.Current))
                {
                    return false;
                }
            }

            return !right.MoveNext();
        }
        finally
        {
            (right as IDisposable)?.Dispose();
        }
    }

    private static int Hash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case string text:
                return StringComparer.Ordinal.GetHashCode(text);
            case IReadOnlyDictionary<string, object?> fields:
                var byField = new HashCode();
                foreach (var (key, item) in fields)
                {
                    byField.Add(StringComparer.Ordinal.GetHashCode(key));
                    byField.Add(Hash(item));
                }

                return byField.ToHashCode();
            case IEnumerable items:
                var byItem = new HashCode();
                foreach (var item in items)
                {
                    byItem.Add(Hash(item));
                }

                return byItem.ToHashCode();
            default:
                return HashCode.Combine(value.GetType(), value);
        }
    }
}
