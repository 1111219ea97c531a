using System.Collections;
using System.Globalization;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>
/// Converts runtime values back to constant literals (graphql-js 17 <c>valueToLiteral</c> / <c>astFromValue</c>),
/// used to print default values in SDL and introspection. Value shapes as in <see cref="ValueFromAst"/>.
/// </summary>
public static class AstFromValue
{
    /// <summary>
    /// The literal denoting <paramref name="value"/> as a value of <paramref name="type"/>, or <see langword="null"/>
    /// when the value cannot be represented in that type.
    /// </summary>
    public static ValueNode? Convert(object? value, IType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return value is null ? null : Convert(value, nonNull.OfType);
            case var _ when value is null:
                return new NullValueNode();
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is not { } node)
                        {
                            return null;
                        }

                        nodes.Add(node);
                    }

                    return new ListValueNode(nodes);
                }

                return Convert(value, list.OfType);
            case InputObjectType input:
                return ConvertInputObject(value, input);
            case EnumType enumType:
                return enumType.ValueToLiteral(value);
            case ScalarType scalar:
                return scalar.ValueToLiteral(value);
            default:
                return null;
        }
    }

    /// <summary>
    /// The literal for a value without a type (graphql-js <c>defaultScalarValueToLiteral</c>): numbers become
    /// integer literals when JavaScript prints them without a fraction or exponent, float literals otherwise;
    /// lists and string-keyed dictionaries become list and object literals. <see langword="null"/> when unrepresentable.
    /// </summary>
    public static ValueNode? Untyped(object? value)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return new StringValueNode(s);
            case double or float:
                var d = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return double.IsNaN(d) || double.IsInfinity(d) ? null : NumberLiteral(JsInspect.FormatNumber(d));
            case decimal m:
                return NumberLiteral(m.ToString(CultureInfo.InvariantCulture));
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return new IntValueNode(System.Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case IReadOnlyDictionary<string, object?> map:
                return ObjectLiteral(map.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
            case IDictionary<string, object?> dictionary:
                return ObjectLiteral(dictionary);
            case IEnumerable items:
                var nodes = new List<ValueNode>();
                foreach (var item in items)
                {
                    if (Untyped(item) is not { } node)
                    {
                        return null;
                    }

                    nodes.Add(node);
                }

                return new ListValueNode(nodes);
            default:
                return null;
        }
    }

    private static ValueNode NumberLiteral(string text)
    {
        var start = text.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return new FloatValueNode(text);
            }
        }

        return new IntValueNode(text);
    }

    private static ValueNode? ObjectLiteral(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var nodes = new List<ObjectFieldNode>();
        foreach (var field in fields)
        {
            if (!Names.IsValid(field.Key) || Untyped(field.Value) is not { } node)
            {
                return null;
            }

            nodes.Add(new ObjectFieldNode(new NameNode(field.Key), node));
        }

        return new ObjectValueNode(nodes);
    }

    private static ValueNode? ConvertInputObject(object value, InputObjectType input)
    {
        IReadOnlyDictionary<string, object?>? map = value switch
        {
            IReadOnlyDictionary<string, object?> readOnly => readOnly,
            IDictionary<string, object?> dictionary => new Dictionary<string, object?>(dictionary),
            _ => null,
        };
        if (map is null)
        {
            return null;
        }

        var nodes = new List<ObjectFieldNode>();
        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                continue;
            }

            if (Convert(fieldValue, field.Type) is not { } node)
            {
                return null;
            }

            nodes.Add(new ObjectFieldNode(new NameNode(field.Name), node));
        }

        return new ObjectValueNode(nodes);
    }
}
