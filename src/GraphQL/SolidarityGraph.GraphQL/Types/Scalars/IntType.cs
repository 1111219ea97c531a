using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>Int</c> (spec §3.5.1): a signed 32-bit integer. Results accept whole numbers in range, booleans (1/0) and
/// numeric strings; inputs accept only whole numbers in range (variables) and integer literals.
/// </summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int") => Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(int);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        int => runtimeValue,
        bool b => b ? 1 : 0,
        string s => FromNumber(Numbers.ParseJsNumber(s) is { } d && s.Length > 0 ? d : double.NaN, runtimeValue),
        _ when Numbers.IsNumber(runtimeValue) => FromNumber(runtimeValue!, runtimeValue),
        _ => throw NonInteger(runtimeValue),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        int => externalValue,
        _ when Numbers.IsNumber(externalValue) => FromNumber(externalValue!, externalValue),
        _ => throw NonInteger(externalValue),
    };

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw LiteralError($"Int cannot represent non-integer value: {Printer.Print(literal)}", literal);
        }

        return int.TryParse(intValue.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var result)
            ? result
            : throw LiteralError($"Int cannot represent non 32-bit signed integer value: {intValue.Value}", literal);
    }

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value) =>
        Numbers.IsNumber(value) && Numbers.IsWhole(value!) && Numbers.ToInt64(value!) is { } l && l >= int.MinValue && l <= int.MaxValue
            ? new IntValueNode(l.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;

    private static object FromNumber(object number, object? original)
    {
        if (!Numbers.IsWhole(number))
        {
            throw NonInteger(original);
        }

        var value = Numbers.ToInt64(number);
        return value is { } l && l >= int.MinValue && l <= int.MaxValue
            ? (int)l
            : throw new LeafCoercionException($"Int cannot represent non 32-bit signed integer value: {JsInspect.Inspect(original)}");
    }

    private static LeafCoercionException NonInteger(object? value) =>
        new($"Int cannot represent non-integer value: {JsInspect.Inspect(value)}");
}
