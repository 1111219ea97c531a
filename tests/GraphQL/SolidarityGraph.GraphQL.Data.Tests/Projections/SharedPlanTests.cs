using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Tests.TestModel;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Data.Tests.Projections;

/// <summary>
/// Plans are shared by the requests that send the same document (the executor's document cache hands each the same
/// syntax nodes), keyed by the values of the variables a selection reads and checked against each caller's field
/// policies. These tests run one parsed document many times, as the cache does, and check every answer against the seed.
/// </summary>
public sealed class SharedPlanTests(DataFixture fixture) : DataTestBase(fixture)
{
    [Fact]
    public async Task ArgumentsGivenByVariablesApplyToEveryRequestOfTheDocument()
    {
        var document = Parser.Parse("""
            query ($n: Int, $m: Int, $min: Int) {
              organisations(first: $n) { nodes { id projects(first: $m, where: { budget: { gte: $min } }) { nodes { id } } } }
            }
            """);
        // More value sets than a selection keeps shared plans for, and earlier sets again after the cache let them go.
        var runs = (from n in new[] { 1, 4, 2 } from m in Enumerable.Range(1, 4) from min in new[] { 0, 2000, 4000, 5000, 3000, 1000 } select (n, m, min)).ToList();
        foreach (var (n, m, min) in runs.Concat(runs.Take(10)))
        {
            var data = await DataAsync(document, new Dictionary<string, object?> { ["n"] = n, ["m"] = m, ["min"] = min });

            var expected = Seed.Organisations().OrderBy(o => o.Id).Take(n)
                .Select(o => o.Projects.Where(p => p.Budget >= min).OrderBy(p => p.Id).Take(m).Select(p => p.Id).ToList());
            var actual = data.GetProperty("organisations").GetProperty("nodes").EnumerateArray()
                .Select(o => Ids(o.GetProperty("projects"))).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task DirectivesGivenByVariablesDecideWhatIsReadForEachRequest()
    {
        var document = Parser.Parse("query ($withBudget: Boolean!) { projects(first: 3) { nodes { id budget @include(if: $withBudget) } } }");

        foreach (var withBudget in new[] { true, false, true, false })
        {
            var data = await DataAsync(document, new Dictionary<string, object?> { ["withBudget"] = withBudget });

            var first = data.GetProperty("projects").GetProperty("nodes")[0];
            Assert.Equal(withBudget, first.TryGetProperty("budget", out _));
            Assert.Equal(withBudget, Assert.Single(Sql).Contains("\"Budget\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ASharedPlanNeverServesACallerWithOtherFieldPolicies()
    {
        var document = Parser.Parse("query ($n: Int) { organisations(first: $n) { nodes { name contactEmail } } }");
        var variables = new Dictionary<string, object?> { ["n"] = 2 };

        foreach (var steward in new[] { true, false, true, false })
        {
            await RunAsync(document, variables, steward ? new AllowAll() : null);

            Assert.Equal(steward, Assert.Single(Sql).Contains("ContactEmail", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task WhatARequestMemoisedForItsListsGoesWithTheRequest()
    {
        // From its second run the executor keeps the document's field selections for later requests: what one request
        // memoised per selection (its plans, for every parent of a list) is kept in that request's own context data,
        // never with the selections, which would grow with every request and hold each one's context.
        var document = Parser.Parse("{ organisations(first: 3) { nodes { id projects(first: 2) { nodes { id } } } } }");
        await RunAsync(document);
        await RunAsync(document);

        var (context, memo) = await RunAndForgetContextAsync(document);

        Assert.True(await Reachability.IsCollectedAsync(context));
        Assert.True(await Reachability.IsCollectedAsync(memo));
    }

    [Fact]
    public async Task AListQueryCompilerCompilesASharedRootStatementOnceAndRunsItForEveryRequest()
    {
        var compiler = new RecordingCompiler();
        var document = Parser.Parse("{ projects(first: 3, order: [{ id: DESC }]) { nodes { id title } } }");

        for (var run = 0; run < 3; run++)
        {
            var result = await RunAsync(document, compiler: compiler);

            Assert.Equal("""{"data":{"projects":{"nodes":[{"id":12,"title":"Project L water"},{"id":11,"title":"Project K schools"},{"id":10,"title":"Project J seeds"}]}}}""",
                Execution.ResultWriter.ToJson(result));
            Assert.Single(Sql);
        }

        Assert.Equal((1, 3), (compiler.Compiled, compiler.Runs));
    }

    [Fact]
    public async Task AStatementWhoseSelectionReadsVariablesIsNotCompiled()
    {
        var compiler = new RecordingCompiler();
        var document = Parser.Parse("query ($n: Int) { projects(first: $n) { nodes { id } } }");

        foreach (var n in new[] { 2, 3, 2 })
        {
            var result = await RunAsync(document, new Dictionary<string, object?> { ["n"] = n }, compiler: compiler);

            Assert.Equal(Enumerable.Range(1, n), Ids(System.Text.Json.JsonDocument.Parse(Execution.ResultWriter.ToJson(result)).RootElement.GetProperty("data").GetProperty("projects")));
        }

        Assert.Equal((0, 0), (compiler.Compiled, compiler.Runs));
    }

    /// <summary>Runs the statement it was given on each later source (through LINQ, as a provider's compiled query would), counting.</summary>
    private sealed class RecordingCompiler : IListQueryCompiler
    {
        public int Compiled { get; private set; }

        public int Runs { get; private set; }

        public CompiledListQuery<TResult>? Compile<TResult>(IQueryable source, System.Linq.Expressions.Expression query)
        {
            Compiled++;
            var root = source.Expression;
            return later =>
            {
                Runs++;
                return later.Provider.CreateQuery<TResult>(new Rebind(root, later.Expression).Visit(query)!).AsAsyncEnumerable();
            };
        }

        private sealed class Rebind(System.Linq.Expressions.Expression root, System.Linq.Expressions.Expression later) : System.Linq.Expressions.ExpressionVisitor
        {
            public override System.Linq.Expressions.Expression? Visit(System.Linq.Expressions.Expression? node) => node == root ? later : base.Visit(node);
        }
    }

    private sealed class AllowAll : IDataFieldAuthorizer
    {
        public bool IsAuthorized(IResolverContext context, OutputField field, IReadOnlyList<AuthorizeRule> rules) => true;
    }

    /// <summary>Runs <paramref name="document"/> with context data of its own: weak references to it and to the plan memo in it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private async Task<(WeakReference Context, WeakReference Memo)> RunAndForgetContextAsync(Language.Ast.DocumentNode document)
    {
        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal);
        var data = JsonDocument.Parse(Execution.ResultWriter.ToJson(await RunAsync(document, contextData: contextData))).RootElement;

        Assert.Equal(3, data.GetProperty("data").GetProperty("organisations").GetProperty("nodes").GetArrayLength());
        var memo = Assert.Single(contextData, entry => entry.Key.EndsWith(".Memo", StringComparison.Ordinal)).Value;
        return (new WeakReference(contextData), new WeakReference(memo));
    }
}
