using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Data.Projections;

namespace SolidarityGraph.GraphQL.Data.Tests.Projections;

/// <summary>The shape key that lets in-memory list plans reuse compiled delegates across constants.</summary>
public sealed class ExpressionShapeTests
{
    private sealed record Item(string Name, int Rank);

    [Fact]
    public void Trees_differing_only_in_constants_share_a_key_and_a_delegate()
    {
        var first = ExpressionShape.Of(Filter(rank: 2, take: 1));
        var second = ExpressionShape.Of(Filter(rank: 5, take: 3));

        Assert.Equal(first.Key, second.Key);
        Assert.True(first.Cacheable);
        Assert.Equal(new object?[] { 1, 1 }, first.Constants[1..]);

        // The delegate compiled from the first tree answers the second tree's question when given its constants.
        var run = Expression.Lambda<Func<object?[], List<string>>>(first.Body, first.ConstantsParameter).Compile();
        Assert.Equal(new[] { "c" }, run(first.Constants));
        Assert.Equal(new[] { "f", "g", "h" }, run(second.Constants));
    }

    [Fact]
    public void Different_members_or_methods_give_different_keys()
    {
        Expression<Func<Item, bool>> byRank = i => i.Rank > 1;
        Expression<Func<Item, bool>> byLength = i => i.Name.Length > 1;
        Expression<Func<IEnumerable<int>, int>> first = s => s.First();
        Expression<Func<IEnumerable<int>, int>> last = s => s.Last();

        Assert.NotEqual(ExpressionShape.Of(byRank).Key, ExpressionShape.Of(byLength).Key);
        Assert.NotEqual(ExpressionShape.Of(first).Key, ExpressionShape.Of(last).Key);
    }

    [Fact]
    public void Unsupported_nodes_make_the_tree_uncacheable()
    {
        Expression<Func<Func<int>, int>> invoke = f => f();

        Assert.False(ExpressionShape.Of(invoke).Cacheable);
    }

    private static Expression Filter(int rank, int take)
    {
        var items = Enumerable.Range(0, 8).Select(i => new Item(((char)('a' + i)).ToString(), i)).ToList();
        var item = Expression.Parameter(typeof(Item), "i");
        var predicate = Expression.Lambda<Func<Item, bool>>(
            Expression.GreaterThan(Expression.Property(item, nameof(Item.Rank)), Expression.Constant(rank - 1)), item);
        var source = Expression.Field(Expression.Constant(new Holder(items)), nameof(Holder.Items));
        var where = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), new[] { typeof(Item) }, source, predicate);
        var limited = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), new[] { typeof(Item) }, where, Expression.Constant(take));
        var names = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), new[] { typeof(Item), typeof(string) }, limited,
            Expression.Lambda<Func<Item, string>>(Expression.Property(item, nameof(Item.Name)), item));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), new[] { typeof(string) }, names);
    }

    private sealed class Holder(List<Item> items)
    {
        public readonly List<Item> Items = items;
    }
}
