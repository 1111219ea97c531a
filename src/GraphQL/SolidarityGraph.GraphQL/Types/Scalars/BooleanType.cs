using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary><c>Boolean</c> (spec §3.5.4): results also accept finite numbers (non-zero is true); inputs only booleans.</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean") => Description = "The `Boolean` scalar type represents `true` or `false`.";

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(bool);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        bool => runtimeValue,
        _ when Numbers.IsNumber(runtimeValue) && Numbers.IsFinite(runtimeValue!) => Numbers.ToDouble(runtimeValue!) != 0,
        _ => throw NonBoolean(JsInspect.Inspect(runtimeValue)),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) =>
        externalValue is bool b ? b : throw NonBoolean(JsInspect.Inspect(externalValue));

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal) => literal is BooleanValueNode b
        ? b.Value
        : throw LiteralError($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}", literal);

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value) => value is bool b ? new BooleanValueNode(b) : null;

    private static LeafCoercionException NonBoolean(string text) => new($"Boolean cannot represent a non boolean value: {text}");
}
