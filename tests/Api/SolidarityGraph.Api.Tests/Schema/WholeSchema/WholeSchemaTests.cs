using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Schema.WholeSchema;

/// <summary>
/// Every root field of the running schema answers, as the seeded database is: the queries are generated from
/// introspection (<see cref="SchemaWalk"/>), so a new field is asked the day it is added. The only errors allowed are
/// the authorization codes, for the fields the caller may not see.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class WholeSchemaTests(GraphQLHost host, ITestOutputHelper output)
{
    private static readonly HashSet<string> AuthorizationCodes = new(StringComparer.Ordinal) { "AUTH_NOT_AUTHENTICATED", "AUTH_NOT_AUTHORIZED" };

    [Theory]
    [InlineData(null)]
    [InlineData("Steward")]
    public async Task EveryRootFieldAnswersEveryLeafTwoLevelsDeep(string? role)
    {
        var schema = SchemaShape.Parse(await host.DataAsync(SchemaShape.IntrospectionQuery));
        var seeded = await SeededArguments.ReadAsync(host);
        var (calls, uncallable) = new SchemaWalk(schema, seeded.ValueFor).RootCalls();

        var failures = uncallable.ToList();
        foreach (var call in calls)
        {
            failures.AddRange(await FailuresAsync(call, role));
        }

        var caller = role ?? "anonymous";
        output.WriteLine($"{caller}: {calls.Count} root calls, {calls.Sum(c => c.Parts.Count)} selections, {failures.Count} failing");
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"As {caller}, {failures.Count} field paths fail:\n" + string.Join("\n", failures));
        Assert.True(calls.Count >= schema[schema.QueryType].Fields.Count, "Some root fields were never asked.");
    }

    /// <summary>The whole call first; when it fails for a reason other than authorization, each part alone.</summary>
    private async Task<IEnumerable<string>> FailuresAsync(RootCall call, string? role)
    {
        var whole = Unexpected(await host.PostAsync(call.Query(call.Parts), role: role));
        if (whole.Count == 0)
        {
            return [];
        }

        var failures = new List<string>();
        foreach (var part in call.Parts)
        {
            failures.AddRange(Unexpected(await host.PostAsync(call.Query([part]), role: role)).Select(e => $"{call.Label}.{part.Path}: {e}"));
        }

        // A failure only the whole selection shows (other than its size) is reported as the root's.
        return failures.Count > 0 || whole.All(e => e.StartsWith("GRAPHQL_MAX_", StringComparison.Ordinal))
            ? failures
            : whole.Select(e => $"{call.Label}: {e}");
    }

    private static List<string> Unexpected(GraphQLResponse response) =>
        (response.Json["errors"] as JsonArray ?? [])
            .Select(e => (Code: e?["extensions"]?["code"]?.GetValue<string>() ?? "(no code)", Message: e?["message"]?.GetValue<string>()))
            .Where(e => !AuthorizationCodes.Contains(e.Code))
            .Select(e => $"{e.Code} ({e.Message})")
            .ToList();
}

/// <summary>Values from the seeded database for root fields whose arguments are required.</summary>
public sealed class SeededArguments
{
    private const string UnknownKey = "01JD2Z5N8Q3W4X5Y6Z7A8B9C0D";

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private string _word = "";
    private string _indicatorCode = "";

    public static async Task<SeededArguments> ReadAsync(GraphQLHost host)
    {
        var seeded = new SeededArguments();
        await host.WithDbAsync(async db =>
        {
            foreach (var entity in NodeTypes.EntityTypes)
            {
                var set = (IQueryable<EntityBase>)db.GetType().GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity).Invoke(db, null)!;
                // Entrepreneur and PolicyProposal have no seeded rows (DOMAIN.md §5.3, §5.4): a well-formed unknown ID
                // still validates and plans their selection, and answers null.
                var key = await set.OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync() ?? UnknownKey;
                seeded._ids[entity.Name] = GlobalId.Encode(entity.Name, key);
            }

            var title = await db.Projects.OrderBy(p => p.Id).Select(p => p.Title).FirstAsync();
            seeded._word = title.Split(' ').OrderByDescending(w => w.Length).First();
            seeded._indicatorCode = await db.Indicators
                .Where(i => db.IndicatorValues.Any(v => v.IndicatorId == i.Id)).OrderBy(i => i.Code).Select(i => i.Code).FirstAsync();
            return 0;
        });
        return seeded;
    }

    /// <summary>The GraphQL literal for a required argument, or null when the test knows no value (then the field fails the test).</summary>
    public string? ValueFor(ShapeField field, ShapeArgument argument, string? concreteType) => (field.Name, argument.Name) switch
    {
        ("node", "id") => Id(concreteType),
        ("nodes", "ids") => Id(concreteType) is { } id ? "[" + id + "]" : null,
        ("search", "text") => Literal(_word),
        ("indicatorTotals", "code") => Literal(_indicatorCode),
        _ => null,
    };

    private string? Id(string? type) => type is not null && _ids.TryGetValue(type, out var id) ? Literal(id) : null;

    private static string Literal(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
