using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// Presents the fields of the single <c>input</c> argument as the field's arguments, so a mutation resolver written
/// with plain parameters (<c>CreateProject(string title, …)</c>) keeps working after the mutation conventions folded
/// those parameters into <c>{Field}Input</c>. Everything else is the executor's context.
/// </summary>
internal sealed class InputArgumentsContext(IResolverContext inner, IReadOnlyDictionary<string, object?> input) : IResolverContext
{
    public Schema Schema => inner.Schema;

    public object? Parent => inner.Parent;

    public ObjectType ParentType => inner.ParentType;

    public OutputField Field => inner.Field;

    public IReadOnlyList<FieldNode> FieldSelection => inner.FieldSelection;

    public ResponsePath Path => inner.Path;

    public IReadOnlyDictionary<string, object?> Arguments => input;

    public IReadOnlyDictionary<string, object?> Variables => inner.Variables;

    public OperationDefinitionNode Operation => inner.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => inner.Fragments;

    public IServiceProvider Services => inner.Services;

    public CancellationToken CancellationToken => inner.CancellationToken;

    public IDictionary<string, object?> ContextData => inner.ContextData;

    public T GetArgument<T>(string name) => input.TryGetValue(name, out var value) && value is T typed ? typed : default!;
}
