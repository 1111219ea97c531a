using System.Globalization;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// What a resolver sees of the field it resolves: one instance per resolver call, except for the introspection
/// resolvers, which are synchronous and keep no reference to it, so each flow reuses one (<see cref="Reset"/>).
/// </summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly ExecutionContext _execution;
    private FieldGroup _group;
    private LazyResponsePath _path;
    private ResponsePath? _builtPath;

    public ResolverContext(
        ExecutionContext execution,
        ObjectType parentType,
        OutputField field,
        FieldGroup group,
        object? parent,
        LazyResponsePath path,
        IReadOnlyDictionary<string, object?> arguments)
    {
        _execution = execution;
        _group = group;
        _path = path;
        ParentType = parentType;
        Field = field;
        Parent = parent;
        Arguments = arguments;
    }

    /// <summary>Points this context at another field of the same request.</summary>
    public ResolverContext Reset(
        ObjectType parentType, OutputField field, FieldGroup group, object? parent, LazyResponsePath path, IReadOnlyDictionary<string, object?> arguments)
    {
        _group = group;
        _path = path;
        _builtPath = null;
        ParentType = parentType;
        Field = field;
        Parent = parent;
        Arguments = arguments;
        return this;
    }

    public Schema Schema => _execution.Schema;

    /// <summary>The request this resolver runs in (read by a <see cref="DeferredField"/> when the resolver finishes).</summary>
    internal ExecutionContext Execution => _execution;

    /// <summary>The field selections being resolved.</summary>
    internal FieldGroup Group => _group;

    /// <summary>The field's entry in the result tree.</summary>
    internal LazyResponsePath LazyPath => _path;

    public object? Parent { get; private set; }

    public ObjectType ParentType { get; private set; }

    public OutputField Field { get; private set; }

    public IReadOnlyList<FieldNode> FieldSelection => _group.Fields;

    public ResponsePath Path => _builtPath ??= _path.Build();

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; }

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

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
