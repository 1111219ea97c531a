using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>Writes statements serialising variables and input fields with <c>Utf8JsonWriter</c>; null optional values are left out so server defaults apply.</summary>
internal sealed class ValueWriterEmitter(TypeMapper types)
{
    /// <summary>Writes member <paramref name="name"/> with value <paramref name="expression"/> of GraphQL type <paramref name="type"/>.</summary>
    public void Member(CodeWriter writer, string name, IType type, string expression)
    {
        if (type is NonNullType nonNull)
        {
            writer.Line($"writer.WritePropertyName({CSharpNames.Literal(name)}u8);");
            writer.Line(Value(nonNull.OfType, expression, "writer", 1) + ";");
            return;
        }

        using (writer.Block($"if ({expression} is not null)"))
        {
            writer.Line($"writer.WritePropertyName({CSharpNames.Literal(name)}u8);");
            writer.Line(Value(type, types.IsValueType(type) ? expression + ".Value" : expression, "writer", 1) + ";");
        }
    }

    /// <summary>An expression writing the non-null <paramref name="expression"/> of <paramref name="type"/> (unwrapped of non-null).</summary>
    private string Value(IType type, string expression, string writer, int depth)
    {
        switch (type)
        {
            case ListType list:
                var (w, item) = ("w" + depth, "item" + depth);
                var itemType = list.OfType;
                var itemExpression = itemType is NonNullType ? item : types.IsValueType(itemType) ? item + "!.Value" : item + "!";
                var inner = Value(itemType.NullableType(), itemExpression, w, depth + 1);
                return $"global::SolidarityGraph.Client.JsonWrite.List({writer}, {expression}, static ({w}, {item}) => {inner})";
            case ScalarType scalar:
                return string.Format(types.Scalar(scalar).Writer, expression, writer);
            case EnumType enumType:
                return $"{writer}.WriteStringValue({enumType.Name}Serializer.Format({expression}))";
            default:
                return $"{expression}.WriteJson({writer})";
        }
    }
}
