using System.Globalization;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>Decimal</c>: an exact decimal number (<see cref="decimal"/>). Serialized as a <b>string</b> (e.g.
/// <c>"1234.50"</c>, scale kept) so amounts of money never pass through binary floating point on the way to a
/// client (PARITY.md §10). Input accepts strings and integer or float literals/values, parsed exactly from their text.
/// </summary>
public sealed class DecimalType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public DecimalType()
        : base("Decimal") => Description = "An exact decimal number, serialized as a string to keep every digit (e.g. `\"1234.50\"`).";

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(decimal);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(runtimeValue, CultureInfo.InvariantCulture),
        _ => throw Error(JsInspect.Inspect(runtimeValue)),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        decimal m => m,
        string s => ParseText(s) ?? throw Error(JsInspect.Inspect(externalValue)),
        double or float when Numbers.IsFinite(externalValue) => ParseText(JsInspect.FormatNumber(Numbers.ToDouble(externalValue))) ?? throw Error(JsInspect.Inspect(externalValue)),
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(externalValue, CultureInfo.InvariantCulture),
        _ => throw Error(JsInspect.Inspect(externalValue)),
    };

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };
        return (text is null ? null : ParseText(text)) ?? throw LiteralError($"Decimal cannot represent value: {Printer.Print(literal)}", literal);
    }

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value) => value switch
    {
        decimal m => new StringValueNode(m.ToString(CultureInfo.InvariantCulture)),
        string s when ParseText(s) is not null => new StringValueNode(s),
        _ => null,
    };

    private static decimal? ParseText(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static LeafCoercionException Error(string text) => new($"Decimal cannot represent value: {text}");
}
