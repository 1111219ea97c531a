using System.Globalization;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>What a resolver sees of the field it resolves (one instance per resolver call).</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly ExecutionContext _execution;
    private readonly FieldGroup _group;

    public ResolverContext(
        ExecutionContext execution,
        ObjectType parentType,
        OutputField field,
        FieldGroup group,
        object? parent,
        ResponsePath path,
        IReadOnlyDictionary<string, object?> arguments)
    {
        _execution = execution;
        _group = group;
        ParentType = parentType;
        Field = field;
        Parent = parent;
        Path = path;
        Arguments = arguments;
    }

    public Schema Schema => _execution.Schema;

    public object? Parent { get; }

    public ObjectType ParentType { get; }

    public OutputField Field { get; }

    public IReadOnlyList<FieldNode> FieldSelection => _group.Fields;

    public ResponsePath Path { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IServiceProvider Services => _execution.Services;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public IDictionary<string, object?> ContextData => _execution.ContextData;

    /// <summary>The request's DataLoaders (read by <c>DataLoaderResolverContextExtensions</c>).</summary>
    public DataLoader.DataLoaderScope DataLoaders => _execution.DataLoaders;

    public T GetArgument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum && value is string text)
        {
            return (T)Enum.Parse(target, text, ignoreCase: true);
        }

        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
