using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Tests.TestModel;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

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

    private sealed class AllowAll : IDataFieldAuthorizer
    {
        public bool IsAuthorized(IResolverContext context, OutputField field, IReadOnlyList<AuthorizeRule> rules) => true;
    }
}
