using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// <c>search(text:, first:)</c> answers the first <c>first</c> of <see cref="RecordSearch"/>'s per-type list and reads
/// no type beyond them: on the full-text index one statement per type among the results (the index statement itself
/// runs on the context's connection, outside EF Core's interceptors), on the LIKE test (PostgreSQL, or one or two
/// characters) one per type until the results are complete.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class SearchStatementTests(GraphQLHost host)
{
    private const string Query = """query Search($text: String!, $first: Int!) { search(text: $text, first: $first) { __typename id } }""";

    [Theory]
    [InlineData("cochabamba", 1)]
    [InlineData("cochabamba", 20)]
    [InlineData("women", 3)]
    [InlineData("women", 50)]
    [InlineData("co", 2)]
    [InlineData("co", 30)]
    [InlineData("a", 50)]
    public async Task SearchAnswersTheFirstMatchesOfThePerTypeList(string text, int first)
    {
        var expected = await host.WithDbAsync(async db => (await RecordSearch.FindAsync(db, text, first)).Take(first).Select(e => e.GetType().Name).ToList());

        var response = await host.PostAsync(Query, new { text, first });

        Assert.True(response.Json["errors"] is null, response.Body);
        var hits = response.Json["data"]!["search"]!.AsArray().Select(h => h!["__typename"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits);
        // Every statement reads one searched table, and only the tables of the types answered (in their order).
        var tables = response.Sql.Select(Table).ToList();
        var fullTextIndex = await host.WithDbAsync(db => Task.FromResult(DatabaseProviders.Of(db.Database) == DatabaseProvider.Sqlite));
        if (fullTextIndex && text.Length >= 3)
        {
            Assert.Equal(hits.Distinct().Select(TableOf).ToList(), tables);
        }
        else
        {
            // The LIKE test (PostgreSQL, or fewer than three characters) reads the types in order and stops at the one that completes the list.
            var read = hits.Count == first ? Array.IndexOf(SearchedTables, TableOf(hits[^1])) + 1 : SearchedTables.Length;
            Assert.Equal(SearchedTables.Take(read).ToList(), tables);
        }
    }

    [Fact]
    public async Task ATextOfThreeCharactersOrMoreReadsOnlyTheTypesItFinds()
    {
        var response = await host.PostAsync(Query, new { text = "cochabamba", first = 1 });

        Assert.True(response.Json["errors"] is null, response.Body);
        var hit = Assert.Single(response.Json["data"]!["search"]!.AsArray())!;
        Assert.Equal("Project", hit["__typename"]!.GetValue<string>());
        var statement = Assert.Single(response.Sql); // the Place called Cochabamba comes after the first match: not read
        Assert.Contains("FROM \"Projects\"", statement, StringComparison.Ordinal);
    }

    private static readonly string[] SearchedTables =
        ["Projects", "Organisations", "Places", "Events", "EventSeries", "Trainings", "Campaigns", "Indicators", "Sources", "PublicContacts"];

    private static string TableOf(string typeName) => typeName switch
    {
        "EventSeries" => "EventSeries",
        _ => typeName + "s",
    };

    private static string Table(string statement) =>
        SearchedTables.Single(t => statement.Contains($"FROM \"{t}\"", StringComparison.Ordinal));
}
