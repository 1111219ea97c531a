using SolidarityGraph.GraphQL.AspNetCore.Authorization;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Node;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> (PARITY.md §1).</summary>
public static class NodeQueries
{
    /// <summary>The most IDs <c>nodes(ids:)</c> accepts (equal to the maximum page size).</summary>
    public const int MaxBatchSize = 50;

    /// <summary>Adds the fields to the query root.</summary>
    public static void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Field("node")
            .Type("Node")
            .Argument("id", a => a.Type("ID!"))
            .Description("Fetches an object by its global ID; null when no such object exists.")
            .Resolve(context => ResolveAsync(context, context.GetArgument<string>("id")));
        descriptor.Field("nodes")
            .Type("[Node]!")
            .Argument("ids", a => a.Type("[ID!]!"))
            .Description($"Fetches up to {MaxBatchSize} objects by global ID, in order; unknown IDs give null.")
            .ListSize(assumedSize: MaxBatchSize)
            .Resolve(context => ResolveManyAsync(context));
    }

    private static async Task<object?> ResolveManyAsync(IResolverContext context)
    {
        var ids = context.GetArgument<IReadOnlyList<object?>>("ids").Cast<string>().ToList();
        if (ids.Count > MaxBatchSize)
        {
            throw new GraphQLException($"nodes(ids:) accepts at most {MaxBatchSize} IDs; {ids.Count} were given.", ApiErrorCodes.NodeBatchTooLarge);
        }

        var items = new List<Task<object?>>(ids.Count);
        foreach (var id in ids)
        {
            items.Add(AsValue(ResolveAsync(context, id)));
        }

        return await Task.WhenAll(items);
    }

    // An error for one ID becomes that item's error (null item), not the whole list's.
    private static async Task<object?> AsValue(Task<object?> item)
    {
        try
        {
            return await item;
        }
        catch (GraphQLException exception)
        {
            return exception;
        }
    }

    // A failure is the returned task's, so that in nodes(ids:) it stays the one item's error.
    private static Task<object?> ResolveAsync(IResolverContext context, string id) =>
        GlobalId.TryDecode(id, null, out var typeName, out var key) is { } reason
            ? Task.FromException<object?>(GlobalId.Error(reason, id, null, typeName))
            : LoadAuthorizedAsync(context, typeName!, key!);

    /// <summary>
    /// Loads a node for a field typed <c>Node</c> (or another abstract type), enforcing the concrete type's policy that
    /// the field itself cannot declare.
    /// </summary>
    public static Task<object?> LoadAuthorizedAsync(IResolverContext context, string typeName, string key)
    {
        // Most node types have no rule: they load straight away, without evaluating anything.
        var rules = context.Schema.GetType(typeName) is ObjectType type ? AuthorizationMetadata.GetRules(type.ContextData) : [];
        if (rules.Count == 0)
        {
            return NodeTypes.LoadAsync(context, typeName, key);
        }

        var decision = FieldAuthorizer.EvaluateAsync(context, rules);
        return decision.IsCompletedSuccessfully
            ? LoadIfAllowed(context, typeName, key, decision.Result)
            : LoadWhenDecidedAsync(context, typeName, key, decision);
    }

    // Protected types answer like their fields: null and an authorization error, before anything is read.
    private static Task<object?> LoadIfAllowed(IResolverContext context, string typeName, string key, string? denied) =>
        denied is null
            ? NodeTypes.LoadAsync(context, typeName, key)
            : Task.FromException<object?>(FieldAuthorizer.Error(denied, context.ParentType.Name + "." + context.Field.Name));

    private static async Task<object?> LoadWhenDecidedAsync(IResolverContext context, string typeName, string key, ValueTask<string?> decision) =>
        await LoadIfAllowed(context, typeName, key, await decision);
}
