using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Root connections over one entity set: Relay paging, <c>where</c> and <c>order</c> (PARITY.md §2–3), projected so the
/// statement reads only the selected columns, the key and the members relation fields declare with <c>Requires</c>.
/// </summary>
public static class Queries
{
    /// <summary>Adds the root connection <paramref name="name"/> over <paramref name="set"/>.</summary>
    public static IObjectFieldDescriptor Connection<T>(this IObjectTypeDescriptor<object> query, string name, Func<SolidarityGraphDbContext, IQueryable<T>> set)
        where T : class =>
        query.Field(name)
            .Type($"[{typeof(T).Name}!]!")
            .Resolve(context => set(context.Service<ReadContexts>().Create()))
            .UsePaging(o => o.IncludeTotalCount = true)
            .UseProjection()
            .UseFiltering()
            .UseSorting();
}
