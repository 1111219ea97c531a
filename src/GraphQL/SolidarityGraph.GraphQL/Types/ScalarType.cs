using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// A scalar (spec §3.5): a leaf value with three coercions. The base class passes values through unchanged, like a
/// custom scalar declared in SDL without an implementation; subclasses override the coercions.
/// </summary>
/// <remarks>
/// Value shapes. <b>Runtime input</b> (variables, <see cref="ParseValue"/>'s argument): <see langword="null"/>,
/// <see cref="bool"/>, <see cref="string"/>, <see cref="int"/>/<see cref="long"/>/<see cref="double"/>/<see cref="decimal"/>,
/// <c>IReadOnlyList&lt;object?&gt;</c> and <c>IReadOnlyDictionary&lt;string, object?&gt;</c>. <b>Serialized results</b>
/// (<see cref="Serialize"/>'s return) use the same shapes. Coercion failures throw <see cref="LeafCoercionException"/>.
/// <c>null</c> never reaches these methods: the executor handles it.
/// </remarks>
public class ScalarType : NamedTypeBase
{
    /// <summary>Creates a scalar.</summary>
    public ScalarType(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the specification of the scalar's behaviour (spec §3.13.4 @specifiedBy), or <see langword="null"/>.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>The CLR type <see cref="ParseValue"/> and <see cref="ParseLiteral"/> produce, when there is a single one.</summary>
    public virtual Type? RuntimeType => null;

    /// <summary>Result coercion: turns a resolver's value into a serializable result value.</summary>
    /// <exception cref="LeafCoercionException">The value cannot be represented.</exception>
    public virtual object? Serialize(object? runtimeValue) => runtimeValue;

    /// <summary>Input coercion of a variable value (already decoded from the transport).</summary>
    /// <exception cref="LeafCoercionException">The value is not valid for this scalar.</exception>
    public virtual object? ParseValue(object? externalValue) => externalValue;

    /// <summary>Input coercion of a literal. Variables inside <paramref name="literal"/> have already been replaced.</summary>
    /// <exception cref="LeafCoercionException">The literal is not valid for this scalar.</exception>
    public virtual object? ParseLiteral(ValueNode literal) => ValueFromAst.Untyped(literal);

    /// <summary>
    /// The literal that denotes an internal value (used to print default values), or <see langword="null"/> when the
    /// value cannot be represented.
    /// </summary>
    public virtual ValueNode? ValueToLiteral(object? value) => AstFromValue.Untyped(value);

    /// <summary>Creates the exception for a literal this scalar cannot accept.</summary>
    protected static LeafCoercionException LiteralError(string message, ValueNode literal) => new(message, literal);
}
