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

    private static async Task<object?> ResolveAsync(IResolverContext context, string id)
    {
        var (typeName, key) = GlobalId.Decode(id);
        return await LoadAuthorizedAsync(context, typeName, key);
    }

    /// <summary>
    /// Loads a node for a field typed <c>Node</c> (or another abstract type), enforcing the concrete type's policy that
    /// the field itself cannot declare.
    /// </summary>
    public static async Task<object?> LoadAuthorizedAsync(IResolverContext context, string typeName, string key)
    {
        // Protected types answer like their fields: null and an authorization error, before anything is read.
        if (context.Schema.GetType(typeName) is ObjectType type
            && await FieldAuthorizer.EvaluateAsync(context, AuthorizationMetadata.GetRules(type.ContextData)) is { } code)
        {
            throw FieldAuthorizer.Error(code, context.ParentType.Name + "." + context.Field.Name);
        }

        return await NodeTypes.LoadAsync(context, typeName, key);
    }
}
