using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>Writes the enums (PascalCase members and their serializers) and input classes (init properties) the operations use.</summary>
internal sealed class SchemaTypeEmitter(Schema schema, TypeMapper types)
{
    /// <summary><paramref name="used"/> and every enum or input object reachable from their input fields, by name.</summary>
    public IReadOnlyList<INamedType> Closure(IEnumerable<string> used)
    {
        var result = new SortedDictionary<string, INamedType>(StringComparer.Ordinal);
        var pending = new Stack<string>(used);
        while (pending.Count > 0)
        {
            if (schema.GetType(pending.Pop()) is not { } type || result.ContainsKey(type.Name))
            {
                continue;
            }

            result[type.Name] = type;
            if (type is InputObjectType input)
            {
                foreach (var field in input.Fields)
                {
                    var named = field.Type.NamedType();
                    if (named is EnumType or InputObjectType)
                    {
                        pending.Push(named.Name);
                    }
                }
            }
        }

        return result.Values.ToList();
    }

    public void Enum(CodeWriter writer, EnumType type)
    {
        writer.Summary(CSharpNames.Xml(type.Description ?? $"The GraphQL enum {type.Name}."));
        using (writer.Block($"public enum {type.Name}"))
        {
            foreach (var value in type.Values)
            {
                writer.Summary(value.Description is { } description ? CSharpNames.Xml(description) : $"Sent and received as <c>{value.Name}</c>.")
                    .Line(CSharpNames.EnumMember(value.Name) + ",");
            }
        }

        writer.Line();
        using (writer.Block($"internal static class {type.Name}Serializer"))
        {
            using (writer.Block($"public static {type.Name}? Parse(ref global::System.Text.Json.Utf8JsonReader reader)"))
            {
                writer.Line("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) return null;");
                writer.Line("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String) throw global::SolidarityGraph.Client.JsonRead.Unexpected(ref reader, \"an enum value\");");
                foreach (var value in type.Values)
                {
                    writer.Line($"if (reader.ValueTextEquals({CSharpNames.Literal(value.Name)}u8)) return {type.Name}.{CSharpNames.EnumMember(value.Name)};");
                }

                writer.Line($"throw global::SolidarityGraph.Client.JsonRead.Unknown(\"{type.Name} value\", reader.GetString());");
            }

            writer.Line();
            using (writer.Block($"public static string Format({type.Name} value) => value switch", "};"))
            {
                foreach (var value in type.Values)
                {
                    writer.Line($"{type.Name}.{CSharpNames.EnumMember(value.Name)} => {CSharpNames.Literal(value.Name)},");
                }

                writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(value)),");
            }
        }

        writer.Line();
    }

    public void Input(CodeWriter writer, InputObjectType type, ValueWriterEmitter values)
    {
        writer.Summary(CSharpNames.Xml(type.Description ?? $"The GraphQL input {type.Name}."));
        using (writer.Block($"public sealed partial class {type.Name}"))
        {
            foreach (var field in type.Fields)
            {
                var required = field.Type is NonNullType ? "required " : string.Empty;
                writer.Summary(field.Description is { } description ? CSharpNames.Xml(description) : $"Sent as the <c>{field.Name}</c> field of <c>{type.Name}</c>.");
                writer.Line($"public {required}{types.Input(field.Type)} {CSharpNames.Property(field.Name)} {{ get; init; }}").Line();
            }

            using (writer.Block("internal void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)"))
            {
                writer.Line("writer.WriteStartObject();");
                foreach (var field in type.Fields)
                {
                    values.Member(writer, field.Name, field.Type, CSharpNames.Property(field.Name));
                }

                writer.Line("writer.WriteEndObject();");
            }
        }

        writer.Line();
    }
}
