using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>Generates <c>{Name}Connection</c>, <c>{Name}Edge</c> and <c>PageInfo</c>, or <c>{Name}CollectionSegment</c> and <c>CollectionSegmentInfo</c>.</summary>
internal sealed class ConnectionTypeFactory(GeneratedTypes types)
{
    public ObjectType Connection(ObjectType node, PagingOptions options, string coordinate)
    {
        var name = (options.ConnectionName ?? node.Name) + "Connection";
        var connection = types.GetOrAdd(name, () => new ObjectType(name), type =>
        {
            type.Description = "A connection to a list of items (Relay cursor connections).";
            type.AddField(Field("pageInfo", new NonNullType(PageInfo()), "Information to aid in pagination.", c => Get<Connection>(c).PageInfo));
            type.AddField(Field("edges", new ListType(new NonNullType(Edge(node, options))), "A list of edges.", c => Get<Connection>(c).Edges));
            type.AddField(Field("nodes", new ListType(new NonNullType(node)), "A flattened list of the nodes.", c => Get<Connection>(c).Nodes));
            if (options.IncludeTotalCount)
            {
                type.AddField(new OutputField("totalCount", new NonNullType(SpecifiedScalars.Int), async c => await Get<Connection>(c).GetTotalCountAsync(c.CancellationToken).ConfigureAwait(false))
                {
                    Description = "The number of items in the whole list, after filtering.",
                });
            }
        });
        CheckShape(connection, options.IncludeTotalCount, coordinate);
        return connection;
    }

    public ObjectType Segment(ObjectType node, PagingOptions options, string coordinate)
    {
        var name = (options.ConnectionName ?? node.Name) + "CollectionSegment";
        var segment = types.GetOrAdd(name, () => new ObjectType(name), type =>
        {
            type.Description = "A segment of a collection (offset paging).";
            type.AddField(Field("items", new ListType(new NonNullType(node)), "The items of the segment.", c => Get<CollectionSegment>(c).Items));
            type.AddField(Field("pageInfo", new NonNullType(SegmentInfo()), "Information to aid in pagination.", c => Get<CollectionSegment>(c).Info));
            if (options.IncludeTotalCount)
            {
                type.AddField(new OutputField("totalCount", new NonNullType(SpecifiedScalars.Int), async c => await Get<CollectionSegment>(c).TotalCount!(c.CancellationToken).ConfigureAwait(false))
                {
                    Description = "The number of items in the whole list, after filtering.",
                });
            }
        });
        CheckShape(segment, options.IncludeTotalCount, coordinate);
        return segment;
    }

    private ObjectType Edge(ObjectType node, PagingOptions options)
    {
        var name = (options.ConnectionName ?? node.Name) + "Edge";
        return types.GetOrAdd(name, () => new ObjectType(name), type =>
        {
            type.Description = "An edge in a connection.";
            type.AddField(Field("cursor", new NonNullType(SpecifiedScalars.String), "A cursor for use in pagination.", c => Get<Edge>(c).Cursor));
            type.AddField(Field("node", new NonNullType(node), "The item at the end of the edge.", c => Get<Edge>(c).Node));
        });
    }

    private ObjectType PageInfo() => types.GetOrAdd("PageInfo", () => new ObjectType("PageInfo"), type =>
    {
        type.Description = "Information about pagination in a connection.";
        type.AddField(Field("hasNextPage", new NonNullType(SpecifiedScalars.Boolean), "Whether more edges exist after the page.", c => Get<ConnectionPageInfo>(c).HasNextPage));
        type.AddField(Field("hasPreviousPage", new NonNullType(SpecifiedScalars.Boolean), "Whether more edges exist before the page.", c => Get<ConnectionPageInfo>(c).HasPreviousPage));
        type.AddField(Field("startCursor", SpecifiedScalars.String, "The cursor of the first edge.", c => Get<ConnectionPageInfo>(c).StartCursor));
        type.AddField(Field("endCursor", SpecifiedScalars.String, "The cursor of the last edge.", c => Get<ConnectionPageInfo>(c).EndCursor));
    });

    private ObjectType SegmentInfo() => types.GetOrAdd("CollectionSegmentInfo", () => new ObjectType("CollectionSegmentInfo"), type =>
    {
        type.Description = "Information about the offset pagination.";
        type.AddField(Field("hasNextPage", new NonNullType(SpecifiedScalars.Boolean), "Whether more items exist after the segment.", c => Get<CollectionSegmentInfo>(c).HasNextPage));
        type.AddField(Field("hasPreviousPage", new NonNullType(SpecifiedScalars.Boolean), "Whether more items exist before the segment.", c => Get<CollectionSegmentInfo>(c).HasPreviousPage));
    });

    private static void CheckShape(ObjectType type, bool totalCount, string coordinate)
    {
        if (type.Fields.Contains("totalCount") != totalCount)
        {
            throw new InvalidOperationException(
                $"{coordinate}: the type {type.Name} is shared with a field that {(totalCount ? "does not include" : "includes")} totalCount; set PagingOptions.ConnectionName to give this field its own type.");
        }
    }

    private static OutputField Field(string name, IType type, string description, Func<IResolverContext, object?> read) =>
        new(name, type, c => new ValueTask<object?>(read(c))) { Description = description };

    private static T Get<T>(IResolverContext context) => (T)context.Parent!;
}
