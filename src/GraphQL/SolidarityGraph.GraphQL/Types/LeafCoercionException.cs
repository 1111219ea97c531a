using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// A scalar or enum value could not be coerced (spec §3.5 Result Coercion / Input Coercion). The message uses
/// graphql-js 17.1.0's wording, e.g. <c>Int cannot represent non-integer value: 1.5</c>; the executor turns it into
/// a field or variable error.
/// </summary>
public sealed class LeafCoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, graphql-js wording.</param>
    /// <param name="literal">The literal that failed, when coercing a literal.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public LeafCoercionException(string message, ValueNode? literal = null, Exception? innerException = null)
        : base(message, innerException) => Literal = literal;

    /// <summary>The literal that failed to coerce, or <see langword="null"/> for runtime values.</summary>
    public ValueNode? Literal { get; }
}
