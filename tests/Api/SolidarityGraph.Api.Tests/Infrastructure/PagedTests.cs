using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Tests.Schema;

namespace SolidarityGraph.Api.Tests.Infrastructure;

/// <summary>The admin lists' pager: pages are clamped to the ones there are, from the database or from memory.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class PagedTests(GraphQLHost host)
{
    [Theory]
    [InlineData(-3, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(99, 2)]
    public async Task ReadingClampsThePageAndCountsEveryRow(int requested, int page)
    {
        var names = await host.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Name).ToListAsync());
        Assert.InRange(names.Count, Paged<string>.DefaultPageSize + 1, 2 * Paged<string>.DefaultPageSize); // the seed has two pages

        var read = await host.WithDbAsync(db => Paged<string>.ReadAsync(
            db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Name), requested, "q", "name", false));
        var inMemory = Paged<string>.Of(names, requested, "q", "name", false);

        var expected = names.Skip((page - 1) * Paged<string>.DefaultPageSize).Take(Paged<string>.DefaultPageSize);
        foreach (var result in new[] { read, inMemory })
        {
            Assert.Equal((page, names.Count, 2, "q", "name"), (result.Page, result.Total, result.PageCount, result.Search, result.Sort));
            Assert.Equal(expected, result.Items);
        }
    }

    [Fact]
    public void AnEmptyListIsOneEmptyPage()
    {
        var result = Paged<string>.Of([], 5, null, "title", true);

        Assert.Equal((1, 0, 1), (result.Page, result.Total, result.PageCount));
        Assert.Empty(result.Items);
    }
}
