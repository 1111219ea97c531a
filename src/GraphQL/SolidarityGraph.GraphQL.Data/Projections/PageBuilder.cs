using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Data.Paging;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>Turns the rows read for a list level (up to n + 1) into its GraphQL value: a connection, a segment or a list.</summary>
internal static class PageBuilder
{
    public static object Build(ListPlan plan, IReadOnlyList<ProjectedRow> rows, IReadOnlyList<object> entities, RowLayout layout, Func<CancellationToken, ValueTask<int>>? count)
    {
        if (plan.Paging is not { } paging)
        {
            return entities;
        }

        var hasMore = entities.Count > paging.Size;
        var take = Math.Min(entities.Count, paging.Size);
        if (plan.IsOffset)
        {
            var items = entities.Take(take).ToList();
            return new CollectionSegment(items, new CollectionSegmentInfo(hasMore, paging.Skip > 0), count);
        }

        var nodes = new object[take];
        for (var i = 0; i < take; i++)
        {
            // The rows were read in reverse order to take the last n; Relay wants them in list order.
            nodes[i] = entities[paging.Backward ? take - 1 - i : i];
        }

        var cursors = new PageCursors(plan.Signature, rows, layout.SortSlots, take, paging.Backward);

        // Relay: with first/after, hasPreviousPage may be true when it can be decided cheaply; the after-cursor's
        // own row precedes the page, so "after was given" is the cheap answer (likewise hasNextPage with before).
        return paging.Backward
            ? new Connection(nodes, cursors, hasNextPage: paging.Before is not null, hasPreviousPage: hasMore, count)
            : new Connection(nodes, cursors, hasNextPage: hasMore, hasPreviousPage: paging.After is not null, count);
    }
}
