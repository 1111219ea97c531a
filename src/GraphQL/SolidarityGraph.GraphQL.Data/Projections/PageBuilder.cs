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

        var edges = new List<Edge>(take);
        for (var i = 0; i < take; i++)
        {
            var values = new object?[layout.SortSlots];
            for (var k = 0; k < values.Length; k++)
            {
                values[k] = rows[i].Slot(k);
            }

            edges.Add(new Edge(Cursor.Encode(plan.Signature, values), entities[i]));
        }

        if (paging.Backward)
        {
            // The rows were read in reverse order to take the last n; Relay wants them in list order.
            edges.Reverse();
        }

        // Relay: with first/after, hasPreviousPage may be true when it can be decided cheaply; the after-cursor's
        // own row precedes the page, so "after was given" is the cheap answer (likewise hasNextPage with before).
        var pageInfo = paging.Backward
            ? new ConnectionPageInfo(paging.Before is not null, hasMore, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
            : new ConnectionPageInfo(hasMore, paging.After is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, count);
    }
}
