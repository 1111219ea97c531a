using System.Globalization;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary><c>Long</c>: a signed 64-bit integer, serialized as a JSON number; like <c>Int</c> with a wider range.</summary>
public sealed class LongType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public LongType()
        : base("Long") => Description = "The `Long` scalar type represents non-fractional signed whole numeric values between -(2^63) and 2^63 - 1.";

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(long);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => Coerce(runtimeValue);

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => Coerce(externalValue);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw LiteralError($"Long cannot represent non-integer value: {Printer.Print(literal)}", literal);
        }

        return long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw LiteralError($"Long cannot represent non 64-bit signed integer value: {intValue.Value}", literal);
    }

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value) =>
        Numbers.IsNumber(value) && Numbers.IsWhole(value!) && Numbers.ToInt64(value!) is { } l
            ? new IntValueNode(l.ToString(CultureInfo.InvariantCulture))
            : null;

    private static long Coerce(object? value)
    {
        if (!Numbers.IsNumber(value) || !Numbers.IsWhole(value!))
        {
            throw new LeafCoercionException($"Long cannot represent non-integer value: {JsInspect.Inspect(value)}");
        }

        return Numbers.ToInt64(value!)
            ?? throw new LeafCoercionException($"Long cannot represent non 64-bit signed integer value: {JsInspect.Inspect(value)}");
    }
}
