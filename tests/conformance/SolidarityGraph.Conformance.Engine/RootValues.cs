using System.Text.Json;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Conformance.Engine;

/// <summary>
/// Turns a case's JSON <c>rootValue</c> into the CLR tree the default resolver reads, with the oracle's markers:
/// <c>{"$error": "msg"}</c> becomes a field error value, <c>{"$argsJson": true}</c> a field resolving to the JSON of
/// its coerced arguments; <c>__typename</c> entries are read by the default type resolver.
/// </summary>
internal static class RootValues
{
    public static object? Hydrate(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = element.EnumerateObject().ToList();
                if (properties.Count == 1 && properties[0].Name == "$error" && properties[0].Value.ValueKind == JsonValueKind.String)
                {
                    return new GraphQLException(properties[0].Value.GetString()!);
                }

                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in properties)
                {
                    map[property.Name] = Hydrate(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(Hydrate).ToList();
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>The request-wide field resolver: the <c>$argsJson</c> marker, else the default resolver.</summary>
    public static ValueTask<object?> ResolveField(IResolverContext context)
    {
        if (context.Parent is IReadOnlyDictionary<string, object?> parent
            && parent.TryGetValue(context.Field.Name, out var value)
            && value is IReadOnlyDictionary<string, object?> marker
            && marker.TryGetValue("$argsJson", out var flag) && flag is true)
        {
            return new ValueTask<object?>(ArgumentsJson(context.Arguments));
        }

        return DefaultFieldResolver.Resolve(context);
    }

    private static string ArgumentsJson(IReadOnlyDictionary<string, object?> arguments)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultWriter.Options()))
        {
            ResultWriter.WriteValue(writer, arguments);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
