using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// Base of scalars whose wire form is a string in a fixed format: subclasses parse and format the text, and
/// this class supplies the coercion plumbing and graphql-js-style messages (<c>DateTime cannot represent …</c>).
/// </summary>
public abstract class StringBackedScalar : ScalarType
{
    /// <summary>Initialises the scalar.</summary>
    protected StringBackedScalar(string name)
        : base(name)
    {
    }

    /// <summary>Formats a runtime value, or returns <see langword="null"/> when it is not of a supported CLR type.</summary>
    protected abstract string? Format(object runtimeValue);

    /// <summary>Parses wire text, or returns <see langword="null"/> when it is not in the format.</summary>
    protected abstract object? Parse(string text);

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) =>
        (runtimeValue is null ? null : Format(runtimeValue))
        ?? throw new LeafCoercionException($"{Name} cannot represent value: {JsInspect.Inspect(runtimeValue)}");

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) =>
        (externalValue is string text ? Parse(text) : null)
        ?? throw new LeafCoercionException($"{Name} cannot represent value: {JsInspect.Inspect(externalValue)}");

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal) =>
        (literal is StringValueNode text ? Parse(text.Value) : null)
        ?? throw LiteralError($"{Name} cannot represent value: {Printer.Print(literal)}", literal);

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? value)
    {
        if (value is string text)
        {
            return Parse(text) is null ? null : new StringValueNode(text);
        }

        return value is null ? null : Format(value) is { } formatted ? new StringValueNode(formatted) : null;
    }
}
