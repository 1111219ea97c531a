using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SolidarityGraph.Client.Tests.Live;

/// <summary>
/// Compares typed results with the raw response: the typed object graph is printed back to JSON (camelCase members,
/// enum members as GraphQL names) and compared value by value, a decimal string equal to its number and two
/// timestamps equal when they denote the same instant.
/// </summary>
internal static class JsonEquivalence
{
    public static void AssertSame(JsonNode? expected, object? typed) => Compare(expected, ToJson(typed), "data");

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        DateTimeOffset t => JsonValue.Create(t.ToString("O", CultureInfo.InvariantCulture)),
        Enum e => JsonValue.Create(JsonNamingPolicy.SnakeCaseUpper.ConvertName(e.ToString())),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToJson).ToArray()),
        _ => new JsonObject(value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => KeyValuePair.Create(p.Name.StartsWith("__", StringComparison.Ordinal) ? p.Name : JsonNamingPolicy.CamelCase.ConvertName(p.Name), ToJson(p.GetValue(value))))),
    };

    private static void Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject obj:
                var actualObject = Assert.IsType<JsonObject>(actual);
                Assert.Equal(obj.Select(p => p.Key).Order(), actualObject.Select(p => p.Key).Order());
                foreach (var (key, value) in obj)
                {
                    Compare(value, actualObject[key], $"{path}.{key}");
                }

                break;
            case JsonArray array:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.True(array.Count == actualArray.Count, $"{path}: {array.Count} items expected, {actualArray.Count} read");
                for (var i = 0; i < array.Count; i++)
                {
                    Compare(array[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(actual is not null && SameValue(expected.AsValue(), actual.AsValue()), $"{path}: expected {expected.ToJsonString()}, read {actual?.ToJsonString()}");
                break;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        if (JsonNode.DeepEquals(expected, actual))
        {
            return true;
        }

        var (e, a) = (expected.ToString(), actual.ToString());
        return (decimal.TryParse(e, NumberStyles.Float, CultureInfo.InvariantCulture, out var ed) && decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var ad) && ed == ad)
            || (DateTimeOffset.TryParse(e, CultureInfo.InvariantCulture, out var et) && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, out var at) && et == at);
    }
}
