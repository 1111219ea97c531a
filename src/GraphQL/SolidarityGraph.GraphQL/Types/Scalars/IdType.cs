using System.Globalization;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>ID</c> (spec §3.5.5): an opaque identifier serialized as a string. Strings and whole numbers are accepted
/// on output and input, <see cref="Guid"/>s on output; literals may be strings or integers.
/// </summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID") => Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(string);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        string s => s,
        Guid g => g.ToString("D"),
        _ => FromNumber(runtimeValue),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) =>
        externalValue as string ?? FromNumber(externalValue);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw LiteralError($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}", literal),
    };

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value)
    {
        if (value is string s)
        {
            return IsIntegerText(s) ? new IntValueNode(s) : new StringValueNode(s);
        }

        return Numbers.IsNumber(value) && Numbers.IsWhole(value!) ? new IntValueNode(FromNumber(value)) : null;
    }

    private static string FromNumber(object? value)
    {
        if (Numbers.IsNumber(value) && Numbers.IsWhole(value!))
        {
            return value is double or float ? JsInspect.FormatNumber(Numbers.ToDouble(value)) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        throw new LeafCoercionException($"ID cannot represent value: {JsInspect.Inspect(value)}");
    }

    // graphql-js prints ID defaults matching /^-?(?:0|[1-9][0-9]*)$/ as integer literals.
    private static bool IsIntegerText(string s)
    {
        var start = s.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;
        if (s.Length == start || (s[start] == '0' && s.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < s.Length; i++)
        {
            if (s[i] < '0' || s[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
