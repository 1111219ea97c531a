using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types.Resolvers;

/// <summary>
/// What a <see cref="FieldResolver"/> sees of the field it resolves. The executor implements it.
/// Argument values are coerced runtime values (see <see cref="Utilities.ValueFromAst"/> for the value shapes).
/// </summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The parent object (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The object type that declares the field.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The field selections merged into this response key (at least one), in document order.</summary>
    IReadOnlyList<FieldNode> FieldSelection { get; }

    /// <summary>The response path of the field.</summary>
    ResponsePath Path { get; }

    /// <summary>The coerced argument values, by argument name; arguments neither given nor defaulted are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>
    /// The fragment definitions of the executed document, by name: what a resolver needs to read its selection through
    /// fragment spreads (spec §6.3.2 CollectFields), e.g. to project only the selected columns.
    /// </summary>
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Request-scoped services.</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the request is aborted.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Request-scoped state shared by all resolvers of the request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The coerced value of argument <paramref name="name"/> converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    T GetArgument<T>(string name);
}
