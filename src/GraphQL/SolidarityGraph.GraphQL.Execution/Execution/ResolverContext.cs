using System.Globalization;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// What a resolver sees of the field it resolves: one instance per resolver call, except for the introspection
/// resolvers, which are synchronous and keep no reference to it, so each flow reuses one (<see cref="Reset"/>).
/// </summary>
/// <remarks>
/// It holds only what differs between the calls of a field group: the parent value and its position; the field, its
/// parent type and its arguments are the group's <see cref="FieldSite"/>, shared by every item of a list (a context is
/// the executor's most frequent object: one per resolved field).
/// </remarks>
internal sealed class ResolverContext : IResolverContext
{
    private readonly ExecutionContext _execution;
    private FieldSite _site;
    private LazyResponsePath _path;
    private ResponsePath? _builtPath;

    public ResolverContext(ExecutionContext execution, FieldSite site, object? parent, LazyResponsePath path)
    {
        _execution = execution;
        _site = site;
        _path = path;
        Parent = parent;
    }

    /// <summary>Points this context at another field of the same request.</summary>
    public ResolverContext Reset(FieldSite site, object? parent, LazyResponsePath path)
    {
        _site = site;
        _path = path;
        _builtPath = null;
        Parent = parent;
        return this;
    }

    public Schema Schema => _execution.Schema;

    /// <summary>The request this resolver runs in (read by a <see cref="DeferredField"/> when the resolver finishes).</summary>
    internal ExecutionContext Execution => _execution;

    /// <summary>The field selections being resolved.</summary>
    internal FieldGroup Group => _site.Group;

    /// <summary>The field's entry in the result tree.</summary>
    internal LazyResponsePath LazyPath => _path;

    public object? Parent { get; private set; }

    public ObjectType ParentType => _site.ParentType;

    public OutputField Field => _site.Field;

    public IReadOnlyList<FieldNode> FieldSelection => _site.Group.Fields;

    public ResponsePath Path => _builtPath ??= _path.Build();

    public IReadOnlyDictionary<string, object?> Arguments => _site.Arguments;

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
