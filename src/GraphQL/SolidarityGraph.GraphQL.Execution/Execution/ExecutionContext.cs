using SolidarityGraph.GraphQL.DataLoader;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution: its inputs, the errors raised so far and per-request caches.</summary>
internal sealed class ExecutionContext
{
    private IDictionary<string, object?>? _contextData;

    public ExecutionContext(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        Request = request;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Services = request.Services ?? EmptyServices.Instance;
        DataLoaders = request.DataLoaders ?? new DataLoaderScope(request.Services);
        Scheduler = DataLoaders.Scheduler;
        Scheduler.CancellationToken = request.CancellationToken;
    }

    public ExecutionRequest Request { get; }

    public Schema Schema => Request.Schema;

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    /// <summary>The request's context data; a new dictionary, created when first read, if the request has none.</summary>
    public IDictionary<string, object?> ContextData =>
        _contextData ??= Request.ContextData ?? new Dictionary<string, object?>(StringComparer.Ordinal);

    public CancellationToken CancellationToken => Request.CancellationToken;

    public ExecutionOptions Options => Request.Options;

    /// <summary>The request's DataLoaders.</summary>
    public DataLoaderScope DataLoaders { get; }

    /// <summary>The request's turn, gate and dispatch rounds (<c>ExecutionModel.md</c>).</summary>
    public RequestScheduler Scheduler { get; }

    /// <summary>The value entries of this request's result maps (completion runs in one flow at a time, see <c>ExecutionModel.md</c>).</summary>
    public ResultValueStore ResultValues { get; set; } = new();

    /// <summary>Field errors in the order they were raised; add through <see cref="AddError"/>.</summary>
    public List<GraphQLError> Errors { get; } = new();

    /// <summary>
    /// Records an error. Locked because the assembly of finished sub-results may run on another thread than the
    /// flow holding the turn.
    /// </summary>
    public void AddError(GraphQLError error)
    {
        lock (Errors)
        {
            Errors.Add(error);
        }
    }

    /// <summary>CollectSubfields, memoized per field group and runtime type (<see cref="FieldGroup.SubfieldsFor"/>).</summary>
    public GroupedFieldSet CollectSubfields(ObjectType objectType, FieldGroup group) => group.SubfieldsFor(this, objectType);

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
