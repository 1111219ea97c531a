using System.Collections;
using System.Globalization;
using System.Text;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Renders runtime values in error messages the way graphql-js's <c>inspect</c> does (<c>{ x: 1, z: 2 }</c>,
/// <c>"text"</c>, <c>[1, 2]</c>), so messages read the same as the reference implementation's.
/// </summary>
internal static class Inspect
{
    public static string Value(object? value, int depth = 0) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        bool b => b ? "true" : "false",
        double d => double.IsNaN(d) ? "NaN" : d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable number and (int or long or decimal or short or byte) => number.ToString(null, CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => Map(map, depth),
        IEnumerable sequence => Sequence(sequence, depth),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Map(IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        if (depth >= 2)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", map.Select(p => p.Key + ": " + Value(p.Value, depth + 1))) + " }";
    }

    private static string Sequence(IEnumerable sequence, int depth)
    {
        var items = sequence.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth >= 2)
        {
            return "[Array]";
        }

        var text = new StringBuilder("[");
        text.Append(string.Join(", ", items.Select(item => Value(item, depth + 1))));
        return text.Append(']').ToString();
    }
}
