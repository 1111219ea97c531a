using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Tests.TestModel;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data.Tests.Projections;

/// <summary>
/// <c>GetProjection&lt;T&gt;()</c> for resolvers that read their own rows (as a DataLoader does): the query reads the
/// selected members, the key, the members the resolver names, and what the middleware's in-memory filter and order
/// read — so results equal the unprojected ones while unrequested columns stay unread.
/// </summary>
public sealed class SelectionProjectionTests() : OwnSchemaTestBase(Shared.Value)
{
    private static readonly Lazy<Schema> Shared = new(() => TestSchema.Build(() => new CodeFirstSchemaBuilder()
        .AddQueryType<LoadingQueryType>()
        .AddType<LoadingOrganisationType>()
        .AddType<LoadingProjectType>()));

    [Fact]
    public async Task AChildListReadsTheSelectedMembersTheKeyAndTheMembersTheResolverNames()
    {
        var (data, sql) = await RunAsync("{ organisations(first: 3, order: [{ id: ASC }]) { nodes { loadedProjects(first: 2) { nodes { title } } } } }");

        Assert.Equal(["Id", "OrganisationId", "Title"], Columns(ProjectStatement(sql)));
        var expected = Seed.Organisations().OrderBy(o => o.Id).Take(3).Select(o => o.Projects.OrderBy(p => p.Id).Take(2).Select(p => p.Title));
        var titles = data.GetProperty("organisations").GetProperty("nodes").EnumerateArray()
            .Select(o => o.GetProperty("loadedProjects").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.Equal(expected, titles);
    }

    [Fact]
    public async Task AChildListReadsWhatItsFilterAndOrderRead()
    {
        var (data, sql) = await RunAsync("""
            {
              organisations(first: 10, order: [{ id: ASC }]) {
                nodes { loadedProjects(where: { budget: { gte: 3000 } }, order: [{ startDate: DESC }]) { nodes { title } } }
              }
            }
            """);

        Assert.Equal(["Budget", "Id", "OrganisationId", "StartDate", "Title"], Columns(ProjectStatement(sql)));
        var expected = Seed.Organisations().OrderBy(o => o.Id).Take(10)
            .Select(o => o.Projects.Where(p => p.Budget >= 3000).OrderByDescending(p => p.StartDate).ThenBy(p => p.Id).Take(10).Select(p => p.Title));
        var titles = data.GetProperty("organisations").GetProperty("nodes").EnumerateArray()
            .Select(o => o.GetProperty("loadedProjects").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.Equal(expected, titles);
        Assert.Contains(expected, list => list.Any());
    }

    [Fact]
    public async Task AnObjectFieldReadsItsSelection()
    {
        var (data, sql) = await RunAsync("{ organisations(first: 1, order: [{ id: ASC }]) { nodes { firstProject { code } } } }");

        Assert.Equal(["Code", "Id", "OrganisationId"], Columns(ProjectStatement(sql)));
        var expected = Seed.Organisations().OrderBy(o => o.Id).First().Projects.OrderBy(p => p.Id).First().Code;
        Assert.Equal(expected, data.GetProperty("organisations").GetProperty("nodes")[0].GetProperty("firstProject").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AFieldOfAnotherTypeReadsTheWholeEntity()
    {
        var (data, sql) = await RunAsync("{ organisations(first: 1, order: [{ id: ASC }]) { nodes { projectShape } } }");

        Assert.Equal(string.Empty, data.GetProperty("organisations").GetProperty("nodes")[0].GetProperty("projectShape").GetString());
        Assert.Contains("\"Budget\"", Assert.Single(sql, s => s.Contains("FROM \"Projects\"", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidArgumentsFailTheFieldWithTheMiddlewaresCode()
    {
        var (result, sql) = await ExecuteAsync("{ organisations(first: 1) { nodes { loadedProjects(first: 1000) { nodes { title } } } } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(DataErrorCodes.MaxPageSizeExceeded, error.Extensions!["code"]);
        Assert.Equal(["organisations", "nodes", 0, "loadedProjects"], error.Path!);
        Assert.DoesNotContain(sql, s => s.Contains("FROM \"Projects\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("first: 2", false)]
    [InlineData("last: 2", true)]
    public async Task AWindowReadsOnePagePlusOneAndTheCountInTheDatabase(string page, bool backward)
    {
        var (data, sql) = await RunAsync($$"""
            { organisations(first: 3, order: [{ id: ASC }]) { nodes { windowedProjects({{page}}, where: { budget: { gte: 2000 } }) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { title } } } } }
            """);

        var statements = sql.Where(s => s.Contains("FROM \"Projects\"", StringComparison.Ordinal) && !s.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase)).ToList(); // PostgreSQL: count(*)::int
        Assert.Equal(3, statements.Count);
        Assert.All(statements, s => Assert.Contains("LIMIT", s, StringComparison.Ordinal)); // the page, not every project of the parent
        foreach (var (organisation, result) in Seed.Organisations().OrderBy(o => o.Id).Take(3)
            .Zip(data.GetProperty("organisations").GetProperty("nodes").EnumerateArray()))
        {
            var matching = organisation.Projects.Where(p => p.Budget >= 2000).OrderBy(p => p.Id).ToList();
            var expected = backward ? matching.TakeLast(2) : matching.Take(2);
            var connection = result.GetProperty("windowedProjects");
            Assert.Equal(expected.Select(p => p.Title), connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
            Assert.Equal(matching.Count, connection.GetProperty("totalCount").GetInt32());
            var more = connection.GetProperty("pageInfo").GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean();
            Assert.Equal(matching.Count > 2, more);
        }
    }

    [Fact]
    public async Task AWindowFollowsTheCursor()
    {
        var (first, _) = await RunAsync("{ organisations(first: 1, order: [{ id: ASC }]) { nodes { windowedProjects(first: 2) { pageInfo { endCursor } } } } }");
        var after = first.GetProperty("organisations").GetProperty("nodes")[0].GetProperty("windowedProjects").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (next, _) = await RunAsync($$"""{ organisations(first: 1, order: [{ id: ASC }]) { nodes { windowedProjects(first: 2, after: "{{after}}") { nodes { title } } } } }""");

        var expected = Seed.Organisations().OrderBy(o => o.Id).First().Projects.OrderBy(p => p.Id).Skip(2).Take(2).Select(p => p.Title);
        var titles = next.GetProperty("organisations").GetProperty("nodes")[0].GetProperty("windowedProjects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString());
        Assert.Equal(expected, titles);
        Assert.NotEmpty(titles);
    }

    [Theory]
    [InlineData("first: 2, order: [{ isPublic: DESC }]")]
    [InlineData("first: 2, order: [{ code: ASC }]")]
    [InlineData("last: 2, order: [{ budget: DESC }]")]
    [InlineData("last: 1, order: [{ isPublic: ASC }, { startDate: DESC }]")]
    [InlineData("first: 1, where: { budget: { gte: 2000 } }, order: [{ title: DESC }]")]
    [InlineData("first: 2")]
    public async Task AWindowInItsOrderPagesLikeOneSortedAgain(string arguments)
    {
        // An organisation's projects share isPublic, some codes are null (ties broken by the key): every page and cursor
        // must agree with the in-memory sort's.
        string Query(string field, string args) => $$"""
            { organisations(first: 3, order: [{ id: ASC }]) { nodes { {{field}}({{args}}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title budget } } } } } }
            """;
        var (sorted, _) = await RunAsync(Query("windowedProjects", arguments));
        var (asIs, _) = await RunAsync(Query("orderedWindowProjects", arguments));
        var pages = Connections(sorted, "windowedProjects");
        Assert.Equal(pages, Connections(asIs, "orderedWindowProjects"));
        Assert.Contains(pages, page => page.Contains("\"hasNextPage\":true", StringComparison.Ordinal) || page.Contains("\"hasPreviousPage\":true", StringComparison.Ordinal));

        // The next pages, through each one's own cursors.
        var backward = arguments.StartsWith("last", StringComparison.Ordinal);
        foreach (var (page, index) in pages.Select((page, index) => (JsonDocument.Parse(page).RootElement, index)))
        {
            var cursor = page.GetProperty("pageInfo").GetProperty(backward ? "startCursor" : "endCursor").GetString();
            if (cursor is null)
            {
                continue;
            }

            var next = arguments + (backward ? ", before: \"" : ", after: \"") + cursor + "\"";
            var (sortedNext, _) = await RunAsync(Query("windowedProjects", next));
            var (asIsNext, _) = await RunAsync(Query("orderedWindowProjects", next));
            Assert.Equal(Connections(sortedNext, "windowedProjects")[index], Connections(asIsNext, "orderedWindowProjects")[index]);
        }
    }

    [Fact]
    public async Task AWindowInItsOrderIsTakenAsItIs()
    {
        var (data, _) = await RunAsync("{ organisations(first: 1, order: [{ id: ASC }]) { nodes { reversedWindowProjects(first: 3, order: [{ budget: DESC }]) { nodes { title } } } } }");

        var expected = Seed.Organisations().OrderBy(o => o.Id).First().Projects
            .OrderByDescending(p => p.Budget).ThenBy(p => p.Id).Take(4).Reverse().Take(3).Select(p => p.Title); // the window holds one row more
        var titles = data.GetProperty("organisations").GetProperty("nodes")[0].GetProperty("reversedWindowProjects").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("title").GetString());
        Assert.Equal(expected, titles);
    }

    /// <summary>Each organisation's connection, as raw JSON.</summary>
    private static List<string> Connections(JsonElement data, string field) =>
        data.GetProperty("organisations").GetProperty("nodes").EnumerateArray().Select(o => o.GetProperty(field).GetRawText()).ToList();

    [Fact]
    public async Task AProjectionServesEveryRequestOfTheDocumentUnlessItsSelectionReadsVariables()
    {
        var rootVariable = Parser.Parse("query ($n: Int) { organisations(first: $n, order: [{ id: ASC }]) { nodes { recordedProjects(first: 2) { nodes { title } } } } }");
        var one = await RecordedAsync(rootVariable, "n", 1, organisations: 1, projects: 2);
        var three = await RecordedAsync(rootVariable, "n", 3, organisations: 3, projects: 2);

        Assert.All(one.Concat(three), projection => Assert.Same(one[0], projection));
        Assert.True(one[0].IsShared);

        var childVariable = Parser.Parse("query ($m: Int) { organisations(first: 2, order: [{ id: ASC }]) { nodes { recordedProjects(first: $m) { nodes { title } } } } }");
        var first = await RecordedAsync(childVariable, "m", 1, organisations: 2, projects: 1);
        var second = await RecordedAsync(childVariable, "m", 2, organisations: 2, projects: 2);
        var firstAgain = await RecordedAsync(childVariable, "m", 1, organisations: 2, projects: 1);

        Assert.All(first.Concat(firstAgain), projection => Assert.Same(first[0], projection));
        Assert.All(second, projection => Assert.NotSame(first[0], projection));
        Assert.All(first.Concat(second), projection => Assert.False(projection.IsShared));
    }

    /// <summary>Runs <paramref name="document"/>, checks the titles against the seed; the projections <c>recordedProjects</c> used.</summary>
    private async Task<List<SelectionProjection<Project>>> RecordedAsync(DocumentNode document, string variable, int value, int organisations, int projects)
    {
        RecordingResolver.Projections.Clear();
        var (result, _) = await ExecuteAsync(document, new Dictionary<string, object?> { [variable] = value });
        var json = ResultWriter.ToJson(result);
        Assert.True(result.Errors.Count == 0, json);

        var expected = Seed.Organisations().OrderBy(o => o.Id).Take(organisations).Select(o => o.Projects.OrderBy(p => p.Id).Take(projects).Select(p => p.Title));
        var titles = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("organisations").GetProperty("nodes").EnumerateArray()
            .Select(o => o.GetProperty("recordedProjects").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.Equal(expected, titles);
        Assert.Equal(organisations, RecordingResolver.Projections.Count);
        return [.. RecordingResolver.Projections];
    }

    /// <summary>The statement reading projects (one per parent here: these resolvers do not batch); all read alike.</summary>
    private static string ProjectStatement(IReadOnlyList<string> sql)
    {
        var statements = sql.Where(s => s.Contains("FROM \"Projects\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(Columns(statements[0]), Columns(s)));
        return statements[0];
    }

    /// <summary>The columns a statement reads, sorted.</summary>
    private static List<string> Columns(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql[..sql.IndexOf("FROM", StringComparison.Ordinal)], "\"?\\w+\"?\\.\"(\\w+)\"")
            .Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

}

public sealed class LoadingQueryType : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("organisations").Resolve(context => TestSchema.Db(context).Organisations).UsePaging().UseProjection().UseSorting();
    }
}

/// <summary>An organisation whose projects are read by resolvers with their own queries (no navigation).</summary>
public sealed class LoadingOrganisationType : ObjectType<Organisation>
{
    protected override void Configure(IObjectTypeDescriptor<Organisation> descriptor)
    {
        descriptor.Field(o => o.Projects).Ignore();
        descriptor.Field(o => o.ContactEmail).Ignore();
        descriptor.Field("loadedProjects")
            .Type("[Project!]!")
            .Resolve(async context =>
            {
                var id = ((Organisation)context.Parent!).Id;
                var projection = context.GetProjection<Project>((System.Linq.Expressions.Expression<Func<Project, int>>)(p => p.OrganisationId));
                return await projection.Apply(TestSchema.Db(context).Projects.Where(p => p.OrganisationId == id)).ToListAsync();
            })
            .Requires(nameof(Organisation.Id))
            .UsePaging(o => o.ConnectionName = "LoadedProjects")
            .UseProjection()
            .UseFiltering()
            .UseSorting();
        descriptor.Field("windowedProjects")
            .Type("[Project!]!")
            .Resolve(context => ReadWindowAsync(context, inWindowOrder: false))
            .Requires(nameof(Organisation.Id))
            .UsePaging(o => { o.ConnectionName = "WindowedProjects"; o.IncludeTotalCount = true; })
            .UseProjection()
            .UseFiltering()
            .UseSorting();
        descriptor.Field("orderedWindowProjects")
            .Type("[Project!]!")
            .Resolve(context => ReadWindowAsync(context, inWindowOrder: true))
            .Requires(nameof(Organisation.Id))
            .UsePaging(o => { o.ConnectionName = "OrderedWindowProjects"; o.IncludeTotalCount = true; })
            .UseProjection()
            .UseFiltering()
            .UseSorting();
        descriptor.Field("reversedWindowProjects")
            .Type("[Project!]!")
            .Resolve(async context =>
            {
                var projection = context.GetProjection<Project>();
                var children = TestSchema.Db(context).Projects.Where(p => p.OrganisationId == ((Organisation)context.Parent!).Id);
                var items = await projection.Window!.Compile()(children).ToListAsync();
                items.Reverse(); // not the window's order: claiming it is must show, or the middleware sorted again
                return new WindowedList<Project>(items, null, inWindowOrder: true);
            })
            .Requires(nameof(Organisation.Id))
            .UsePaging(o => o.ConnectionName = "ReversedWindowProjects")
            .UseProjection()
            .UseSorting();
        descriptor.Field("recordedProjects")
            .Type("[Project!]!")
            .Resolve(RecordingResolver.ResolveAsync)
            .Requires(nameof(Organisation.Id))
            .UsePaging(o => o.ConnectionName = "RecordedProjects")
            .UseProjection();
        descriptor.Field("firstProject")
            .Type("Project")
            .Resolve(async context =>
            {
                var id = ((Organisation)context.Parent!).Id;
                var projection = context.GetProjection<Project>((System.Linq.Expressions.Expression<Func<Project, int>>)(p => p.OrganisationId));
                return await projection.Apply(TestSchema.Db(context).Projects.Where(p => p.OrganisationId == id).OrderBy(p => p.Id)).FirstOrDefaultAsync();
            });
        descriptor.Field("projectShape")
            .Type("String!")
            .Resolve(async context =>
            {
                var projection = context.GetProjection<Project>();
                await projection.Apply(TestSchema.Db(context).Projects).FirstAsync();
                return projection.Shape;
            });
    }

    /// <summary>The parent's window of projects read as the field's projection asks (with its count when selected).</summary>
    private static async Task<WindowedList<Project>> ReadWindowAsync(IResolverContext context, bool inWindowOrder)
    {
        var id = ((Organisation)context.Parent!).Id;
        var projection = context.GetProjection<Project>();
        var children = TestSchema.Db(context).Projects.Where(p => p.OrganisationId == id);
        var items = await projection.Window!.Compile()(children).ToListAsync();
        return new WindowedList<Project>(items, projection.Count is { } count ? count.Compile()(children) : null, inWindowOrder);
    }
}

public sealed class LoadingProjectType : ObjectType<Project>
{
    protected override void Configure(IObjectTypeDescriptor<Project> descriptor)
    {
        descriptor.Field(p => p.OrganisationId).Ignore();
        descriptor.Field(p => p.Organisation).Ignore();
        descriptor.Field(p => p.Participations).Ignore();
    }
}

/// <summary>A window read like <c>windowedProjects</c>, noting the projection instance each call got.</summary>
internal static class RecordingResolver
{
    /// <summary>Only <c>AProjectionServesEveryRequestOfTheDocumentUnlessItsSelectionReadsVariables</c> selects the field.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentQueue<SelectionProjection<Project>> Projections = new();

    public static async Task<object?> ResolveAsync(IResolverContext context)
    {
        var id = ((Organisation)context.Parent!).Id;
        var projection = context.GetProjection<Project>();
        Projections.Enqueue(projection);
        return await projection.Window!.Compile()(TestSchema.Db(context).Projects.Where(p => p.OrganisationId == id)).ToListAsync();
    }
}
