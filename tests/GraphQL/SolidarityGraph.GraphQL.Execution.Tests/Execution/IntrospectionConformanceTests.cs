using System.Text.Json.Nodes;
using System.Text.Json;
using SolidarityGraph.GraphQL.Execution.Tests.Conformance;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>
/// Sends the introspection queries real tools send (GraphiQL, graphql-js 17 with every option, Strawberry Shake's
/// capability probes; <c>../shared/conformance/introspection-queries/</c>) to a schema using every type system
/// feature, and has graphql-js 17.1.0 rebuild the schema from each answer: it must be valid and print exactly like
/// our SchemaPrinter. Also compares our introspection types with graphql-js's <c>printIntrospectionSchema</c>.
/// </summary>
public sealed class IntrospectionConformanceTests
{
    internal const string EveryFeatureSdl = """"
        """The schema of every feature"""
        schema { query: Query mutation: Mutation subscription: Subscription }

        "A calendar date"
        scalar Date @specifiedBy(url: "https://example.com/date")

        scalar Json

        """
        Colors, with a block
        description
        """
        enum Color { RED "the green one" GREEN BLUE @deprecated(reason: "no longer") OLD @deprecated }

        interface Node { id: ID! }

        interface Entity implements Node { id: ID! name(upper: Boolean = false): String }

        "A thing"
        type Thing implements Entity & Node {
          id: ID!
          name(upper: Boolean = false): String
          legacy: String @deprecated(reason: "use name")
          related(first: Int = 10, after: String, color: Color = GREEN, filter: Filter = {colors: [RED], min: 1.5, text: "a \"b\""}, old: Int @deprecated(reason: "unused")): [Thing!]!
          matrix: [[Float!]]!
        }

        type Other implements Node { id: ID! when: Date }

        union Result = Thing | Other

        input Filter {
          colors: [Color!] = [RED, GREEN]
          min: Float
          "the text"
          text: String = "x"
          legacy: Int @deprecated(reason: "gone")
          nested: Filter
        }

        input Choice @oneOf { a: Int b: String c: Filter }

        directive @tag(name: String! = "x", choice: Choice) repeatable on FIELD_DEFINITION | OBJECT | QUERY

        "Marks things"
        directive @mark(reason: String @deprecated(reason: "unused")) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        type Query {
          node(id: ID!): Node
          things(filter: Filter, choice: Choice): [Thing] @tag
          result: Result
          date: Date
          json: Json
          color(c: Color = BLUE): Color
        }

        type Mutation { touch(id: ID!, choice: Choice!): Thing }

        type Subscription { changed: Thing }
        """";

    private readonly ITestOutputHelper _output;

    public IntrospectionConformanceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task GraphQLJsRebuildsTheSameSchemaFromEveryToolsIntrospectionQuery()
    {
        if (!Prerequisite.Require(NodeScripts.Unavailable() is null, NodeScripts.Unavailable() ?? "", _output))
        {
            return;
        }

        var schema = SchemaBuilder.Build(EveryFeatureSdl);
        Assert.Empty(schema.ValidationErrors);
        var probes = new JsonArray();
        foreach (var (name, query, build, compare) in Queries())
        {
            var document = Parser.Parse(query);
            Assert.Empty(DocumentValidator.Validate(schema, document));
            var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document) { OperationName = "IntrospectionQuery" });
            probes.Add(new JsonObject
            {
                ["name"] = name,
                ["build"] = build,
                ["compare"] = compare,
                ["response"] = JsonNode.Parse(ResultWriter.ToJson(result)),
            });
        }

        var input = new JsonObject { ["sdl"] = EveryFeatureSdl, ["printed"] = SchemaPrinter.Print(schema), ["probes"] = probes };
        var report = JsonNode.Parse(NodeScripts.Node(["introspection-roundtrip.mjs"], input.ToJsonString()))!;
        var failures = report["probes"]!.AsArray().Where(p => p!["problems"]!.AsArray().Count > 0).Select(p => p!.ToJsonString()).ToList();
        _output.WriteLine($"{probes.Count} probes, {failures.Count} failed");
        Assert.True(probes.Count >= 7, "too few probes");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal((string)report["expectedIntrospectionSchema"]!, SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    private static IEnumerable<(string Name, string Query, bool Build, bool Compare)> Queries()
    {
        var folder = Path.Combine(NodeScripts.SharedConformanceFolder, "introspection-queries");
        foreach (var file in new[] { "graphiql-default", "graphiql-full", "graphql-js17-all-options" })
        {
            yield return (file, File.ReadAllText(Path.Combine(folder, file + ".graphql")), true, file == "graphql-js17-all-options");
        }

        var probes = File.ReadAllLines(Path.Combine(folder, "strawberry-shake-probes.graphql"))
            .Where(line => line.TrimStart().StartsWith("query", StringComparison.Ordinal));
        yield return ("graphql-http audit __type", "query IntrospectionQuery { __type(name: \"Run🏃Swim🏊\") { name } }", false, false);
        var index = 0;
        foreach (var probe in probes)
        {
            yield return ($"strawberry-shake probe {++index}", probe, false, false);
        }
    }
}
