using System.Text.Json;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Turns <see cref="JsonElement"/> leaves into the CLR values the scalar coercions expect: strings, booleans,
/// <see cref="int"/> / <see cref="long"/> for integral numbers, <see cref="double"/> otherwise. Objects and arrays
/// stay elements (they are parents or lists, read lazily).
/// </summary>
internal static class JsonValues
{
    public static object? Unwrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => Number(element),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element,
    };

    /// <summary>A JSON tree as plain CLR values: dictionaries (in document order), lists and leaves.</summary>
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // Duplicate keys: the last one wins, as in JSON.parse.
                    map[property.Name] = ToClr(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToClr(item));
                }

                return list;
            default:
                return Unwrap(element);
        }
    }

    private static object Number(JsonElement element)
    {
        if (element.TryGetInt32(out var i))
        {
            return i;
        }

        if (element.TryGetInt64(out var l))
        {
            return l;
        }

        // 1.0 or 1e3 are integral values too (graphql-js sees one number type); keep them as double.
        return element.GetDouble();
    }
}
