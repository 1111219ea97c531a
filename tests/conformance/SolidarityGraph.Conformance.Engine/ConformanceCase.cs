using System.Text.Json;

namespace SolidarityGraph.Conformance.Engine;

/// <summary>One case in the oracle's input format (see ../../shared/conformance/oracle.mjs).</summary>
internal sealed record ConformanceCase(
    string Sdl,
    string? Query,
    JsonElement? Variables,
    string? OperationName,
    JsonElement? RootValue,
    IReadOnlyList<string>? Rules,
    bool Validate,
    bool Execute,
    bool HideSuggestions,
    JsonElement? Introspection)
{
    public static ConformanceCase Read(JsonElement item)
    {
        JsonElement? Get(string name) =>
            item.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value : null;

        var introspection = Get("introspection");
        if (introspection is { ValueKind: JsonValueKind.False })
        {
            introspection = null;
        }

        return new ConformanceCase(
            Get("sdl")?.GetString() ?? "",
            Get("query")?.GetString(),
            Get("variables"),
            Get("operationName")?.GetString(),
            Get("rootValue"),
            Get("rules")?.EnumerateArray().Select(r => r.GetString() ?? "").ToList(),
            Get("validate") is not { ValueKind: JsonValueKind.False },
            Get("execute") is not { ValueKind: JsonValueKind.False },
            Get("hideSuggestions") is { ValueKind: JsonValueKind.True },
            introspection);
    }
}
