using System.Globalization;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>Float</c> (spec §3.5.2): a finite IEEE 754 double. Results accept finite numbers, booleans and numeric
/// strings; inputs accept finite numbers and integer or float literals.
/// </summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float") => Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(double);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        double d when Numbers.IsFinite(d) => d,
        bool b => b ? 1d : 0d,
        string s when Numbers.ParseJsNumber(s) is { } d && s.Length > 0 && Numbers.IsFinite(d) => d,
        _ when Numbers.IsNumber(runtimeValue) && Numbers.IsFinite(runtimeValue!) => Numbers.ToDouble(runtimeValue!),
        _ => throw NonNumeric(runtimeValue),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) =>
        Numbers.IsNumber(externalValue) && Numbers.IsFinite(externalValue!) ? Numbers.ToDouble(externalValue!) : throw NonNumeric(externalValue);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw LiteralError($"Float cannot represent non numeric value: {Printer.Print(literal)}", literal),
    };

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value) =>
        Numbers.IsNumber(value) && Numbers.IsFinite(value!) ? AstFromValue.Untyped(value) : null;

    private static LeafCoercionException NonNumeric(object? value) =>
        new($"Float cannot represent non numeric value: {JsInspect.Inspect(value)}");
}
