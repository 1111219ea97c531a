using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>String</c> (spec §3.5.3): UTF-8 text. Results also accept booleans, characters and finite numbers (printed
/// like JavaScript); inputs accept only strings.
/// </summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String") => Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(string);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        double or float when Numbers.IsFinite(runtimeValue) => JsInspect.FormatNumber(Numbers.ToDouble(runtimeValue)),
        _ when Numbers.IsNumber(runtimeValue) && Numbers.IsFinite(runtimeValue!) => JsInspect.Inspect(runtimeValue),
        _ => throw new LeafCoercionException($"String cannot represent value: {JsInspect.Inspect(runtimeValue)}"),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => externalValue as string
        ?? throw new LeafCoercionException($"String cannot represent a non string value: {JsInspect.Inspect(externalValue)}");

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? s.Value
        : throw LiteralError($"String cannot represent a non string value: {Printer.Print(literal)}", literal);

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value) => value is string s ? new StringValueNode(s) : null;
}
