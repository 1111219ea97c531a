using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.Client.Generator.Shapes;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>
/// Writes the parsers of one operation over <c>Utf8JsonReader</c>: one method per result class reading members by
/// name in any order, and one per abstract field choosing the class by <c>__typename</c>. No reflection.
/// </summary>
internal sealed class ParserEmitter(TypeMapper types)
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Read = "global::SolidarityGraph.Client.JsonRead";

    public void Parsers(CodeWriter writer, string parserClass, IEnumerable<ClassShape> classes, IEnumerable<DispatchShape> dispatches)
    {
        using (writer.Block($"internal static class {parserClass}"))
        {
            foreach (var shape in classes)
            {
                Class(writer, shape);
            }

            foreach (var dispatch in dispatches)
            {
                Dispatch(writer, dispatch);
            }
        }
    }

    private void Class(CodeWriter writer, ClassShape shape)
    {
        using (writer.Block($"public static {shape.Name}? Parse_{shape.Name}(ref {Reader} reader)"))
        {
            writer.Line("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) return null;");
            writer.Line($"{Read}.StartObject(ref reader);");
            for (var i = 0; i < shape.Members.Count; i++)
            {
                writer.Line($"{Nullable(shape.Members[i].CSharpType)} v{i} = default;");
            }

            using (writer.Block("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)"))
            {
                for (var i = 0; i < shape.Members.Count; i++)
                {
                    var member = shape.Members[i];
                    var keyword = i == 0 ? "if" : "else if";
                    writer.Line($"{keyword} (reader.ValueTextEquals({CSharpNames.Literal(member.ResponseName)}u8)) {{ reader.Read(); v{i} = {Value(member.Type.NullableType(), member, "reader", 1)}; }}");
                }

                writer.Line((shape.Members.Count == 0 ? string.Empty : "else ") + "{ reader.Read(); reader.Skip(); }");
            }

            var arguments = shape.Members.Select((m, i) => m.ForceNullable || m.Type is not NonNullType ? $"v{i}" : Required(m.Type, $"v{i}", m.ResponseName));
            writer.Line($"return new {shape.Name}({string.Join(", ", arguments)});");
        }

        writer.Line();
    }

    private void Dispatch(CodeWriter writer, DispatchShape dispatch)
    {
        using (writer.Block($"public static {dispatch.Interface}? Parse_{dispatch.Path}(ref {Reader} reader)"))
        {
            writer.Line("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null) return null;");
            writer.Line($"{Read}.StartObject(ref reader);");
            writer.Line($"var typename = {Read}.Typename(reader);");
            using (writer.Block("switch (typename)"))
            {
                foreach (var (typename, className) in dispatch.Cases)
                {
                    writer.Line($"case {CSharpNames.Literal(typename)}: return Parse_{className}(ref reader);");
                }

                writer.Line($"default: throw {Read}.Unknown(\"type\", typename);");
            }
        }

        writer.Line();
    }

    /// <summary>An expression reading a value of <paramref name="type"/> (never non-null wrapped) as its nullable C# type.</summary>
    private string Value(IType type, Member member, string reader, int depth)
    {
        switch (type)
        {
            case ListType list:
                var item = $"r{depth}";
                var itemType = types.Output(list.OfType, member.Composite);
                var itemValue = Value(list.OfType.NullableType(), member, item, depth + 1);
                var itemExpression = list.OfType is NonNullType ? Required(list.OfType, itemValue, member.ResponseName) : itemValue;
                return $"{Read}.List<{itemType}>(ref {reader}, static (ref {Reader} {item}) => {itemExpression})";
            case ScalarType scalar:
                return $"{Read}.{types.Scalar(scalar).Reader}(ref {reader})";
            case EnumType enumType:
                return $"{enumType.Name}Serializer.Parse(ref {reader})";
            default:
                return $"Parse_{member.Composite!.Substring(1)}(ref {reader})";
        }
    }

    private string Required(IType type, string expression, string field) =>
        types.IsValueType(type) ? $"{Read}.RequiredValue({expression}, {CSharpNames.Literal(field)})" : $"{Read}.Required({expression}, {CSharpNames.Literal(field)})";

    private static string Nullable(string type) => type.EndsWith("?", StringComparison.Ordinal) ? type : type + "?";
}
