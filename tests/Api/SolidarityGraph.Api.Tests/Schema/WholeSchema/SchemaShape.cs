using System.Text.Json.Nodes;

namespace SolidarityGraph.Api.Tests.Schema.WholeSchema;

/// <summary>The parts of the running schema's introspection that the whole-schema walk needs.</summary>
public sealed class SchemaShape
{
    /// <summary>Every named type with its fields, possible types and kind, from <c>__schema</c>.</summary>
    public const string IntrospectionQuery = """
        {
          __schema {
            queryType { name }
            types {
              name kind description
              possibleTypes { name }
              fields {
                name description
                args { name defaultValue type { kind } }
                type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
              }
            }
          }
        }
        """;

    private readonly Dictionary<string, ShapeType> _types;

    private SchemaShape(string queryType, Dictionary<string, ShapeType> types)
    {
        QueryType = queryType;
        _types = types;
    }

    public string QueryType { get; }

    public IEnumerable<ShapeType> Types => _types.Values;

    public ShapeType this[string name] => _types[name];

    public static SchemaShape Parse(JsonObject data)
    {
        var schema = data["__schema"]!;
        var types = schema["types"]!.AsArray().Select(t => new ShapeType(
                t!["name"]!.GetValue<string>(),
                t["kind"]!.GetValue<string>(),
                t["description"]?.GetValue<string>(),
                (t["possibleTypes"] as JsonArray)?.Select(p => p!["name"]!.GetValue<string>()).ToList() ?? [],
                (t["fields"] as JsonArray)?.Select(ParseField).ToList() ?? []))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        return new SchemaShape(schema["queryType"]!["name"]!.GetValue<string>(), types);
    }

    private static ShapeField ParseField(JsonNode? field)
    {
        var type = field!["type"]!;
        while (type["ofType"] is { } inner && type["name"] is null)
        {
            type = inner;
        }

        var arguments = field["args"]!.AsArray()
            .Select(a => new ShapeArgument(
                a!["name"]!.GetValue<string>(),
                a["type"]!["kind"]!.GetValue<string>() == "NON_NULL" && a["defaultValue"] is null))
            .ToList();
        return new ShapeField(field["name"]!.GetValue<string>(), field["description"]?.GetValue<string>(), type["name"]!.GetValue<string>(), arguments);
    }
}

/// <summary>A named type: <paramref name="Kind"/> is the introspection kind (OBJECT, INTERFACE, UNION, SCALAR …).</summary>
public sealed record ShapeType(string Name, string Kind, string? Description, IReadOnlyList<string> PossibleTypes, IReadOnlyList<ShapeField> Fields)
{
    public bool IsLeaf => Kind is "SCALAR" or "ENUM";

    public bool IsAbstract => Kind is "INTERFACE" or "UNION";

    public bool IsIntrospection => Name.StartsWith("__", StringComparison.Ordinal);
}

/// <summary>A field with its named (unwrapped) type.</summary>
public sealed record ShapeField(string Name, string? Description, string TypeName, IReadOnlyList<ShapeArgument> Arguments)
{
    /// <summary>The field can be asked without arguments.</summary>
    public bool NeedsNoArguments => Arguments.All(a => !a.IsRequired);
}

/// <summary>An argument; required when non-null without a default.</summary>
public sealed record ShapeArgument(string Name, bool IsRequired);
