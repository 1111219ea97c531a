using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using SolidarityGraph.Benchmarks.Validation;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Pipeline;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.Benchmarks.Execution;

/// <summary>
/// The execution workload (PERFORMANCE.md §6, anchors A3 and A5): the HTTP benchmark's schema
/// (<c>bench/scenario/schema.graphql</c>) with synchronous resolvers over <see cref="ScenarioData"/>, and the
/// documents executed on it. Introspection also runs on the 71-type validation schema, which needs no resolvers.
/// </summary>
public static class ExecutionWorkload
{
    /// <summary>Three fields, one with an argument: <c>{ hello author(id:) { name } }</c> (A3's "3 fields").</summary>
    public const string ThreeFields = "three-fields";

    /// <summary>Three levels of lists (<c>bench/scenario</c> Q3): 20 authors × 3 books × 5 reviews.</summary>
    public const string NestedLists = "nested-lists";

    /// <summary>
    /// <c>bench/scenario</c> Q2 as the HTTP benchmark server runs it: MD5 per author and books through a request-scoped
    /// batch DataLoader (one batch for the whole level).
    /// </summary>
    public const string AuthorsBooksLoaders = "Q2-loaders";

    /// <summary><c>bench/scenario</c> Q3 with books and reviews through batch DataLoaders (two batches), as the HTTP server.</summary>
    public const string NestedListsLoaders = "Q3-loaders";

    /// <summary>The introspection query on the scenario schema (4 object types).</summary>
    public const string Introspection = "introspection";

    /// <summary>The introspection query on the validation benchmarks' 71-type schema.</summary>
    public const string IntrospectionLarge = "introspection-71-types";

    private const string ThreeFieldsQuery = "{ hello author(id: \"author-7\") { name } }";
    private const string NestedListsQuery = "{ authors { id name books { id name numPages reviews { id stars body } } } }";

    private const string AuthorsBooksQuery = "{ authors { id name md5 books { id name } } }";

    private static readonly Lazy<Schema> SharedScenarioSchema = new(() => BuildScenarioSchema(loaders: false));
    private static readonly Lazy<Schema> SharedLoaderSchema = new(() => BuildScenarioSchema(loaders: true));

    public static IEnumerable<string> Names => new[] { ThreeFields, NestedLists, AuthorsBooksLoaders, NestedListsLoaders, Introspection, IntrospectionLarge };

    public static Schema ScenarioSchema => SharedScenarioSchema.Value;

    public static Schema SchemaOf(string name) => name switch
    {
        IntrospectionLarge => ValidationDocuments.Schema,
        AuthorsBooksLoaders or NestedListsLoaders => SharedLoaderSchema.Value,
        _ => ScenarioSchema,
    };

    public static string QueryOf(string name) => name switch
    {
        ThreeFields => ThreeFieldsQuery,
        NestedLists or NestedListsLoaders => NestedListsQuery,
        AuthorsBooksLoaders => AuthorsBooksQuery,
        Introspection or IntrospectionLarge => BenchmarkDocuments.Get(BenchmarkDocuments.Introspection),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown execution document."),
    };

    /// <summary>
    /// The pipeline's default options, except the maximum operation cost: Q3 costs 1,110 by the default list-size
    /// estimate, above the default maximum of 1,000. The cost analysis itself still runs on every request.
    /// </summary>
    public static RequestExecutorOptions PipelineOptions() => new() { Cost = { MaxCost = 10_000 } };

    /// <summary>A GraphQL-over-HTTP POST body for <paramref name="name"/>.</summary>
    public static byte[] RequestBodyOf(string name) => JsonSerializer.SerializeToUtf8Bytes(new { query = QueryOf(name) });

    /// <summary>The document of <paramref name="name"/>, parsed and validated once (execution assumes both).</summary>
    public static DocumentNode ParseValid(string name)
    {
        DocumentNode document = Parser.Parse(QueryOf(name));
        var errors = DocumentValidator.Validate(SchemaOf(name), document);
        return errors.Count == 0
            ? document
            : throw new InvalidOperationException($"'{name}' is not valid: {string.Join("; ", errors.Select(e => e.Message))}");
    }

    /// <summary>
    /// Fails unless <paramref name="json"/> is a complete answer: no errors, and for the nested lists exactly the
    /// golden response of the HTTP benchmark's correctness gate (<c>bench/scenario/golden/Q3.json</c>).
    /// </summary>
    public static void CheckResponse(string name, ReadOnlySpan<byte> json)
    {
        JsonNode response = JsonNode.Parse(json) ?? throw new InvalidOperationException($"'{name}': empty response.");
        if (response["errors"] is not null || response["data"] is null)
        {
            throw new InvalidOperationException($"'{name}' did not execute cleanly: {response.ToJsonString()}");
        }

        var goldenName = name switch { NestedLists or NestedListsLoaders => "Q3", AuthorsBooksLoaders => "Q2", _ => null };
        if (goldenName is not null)
        {
            JsonNode golden = JsonNode.Parse(File.ReadAllText(Path.Combine(ScenarioData.Directory, "golden", goldenName + ".json")))!;
            if (!JsonNode.DeepEquals(golden, response))
            {
                throw new InvalidOperationException($"'{name}' differs from bench/scenario/golden/{goldenName}.json.");
            }
        }
    }

    /// <summary>Writes <paramref name="result"/> into a reused buffer, as the HTTP transport writes a response.</summary>
    public static int Write(ExecutionResult result, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        ResultWriter.Write(writer, result);
        writer.Flush();
        return buffer.WrittenCount;
    }

    private static Schema BuildScenarioSchema(bool loaders)
    {
        ScenarioData data = ScenarioData.Load();
        var options = loaders ? ScenarioLoaders.Resolvers(data) : new SchemaBuildOptions()
            .AddResolver("Query", "hello", _ => new ValueTask<object?>("world"))
            .AddResolver("Query", "authors", context =>
            {
                int first = Math.Max(0, context.GetArgument<int>("first"));
                return new ValueTask<object?>(first >= data.Authors.Count ? data.Authors : data.Authors.Take(first).ToArray());
            })
            .AddResolver("Query", "author", context =>
                new ValueTask<object?>(data.AuthorsById.GetValueOrDefault(context.GetArgument<string>("id"))))
            .AddResolver("Author", "books", context =>
                new ValueTask<object?>(data.BooksByAuthorId.GetValueOrDefault(((Author)context.Parent!).Id)))
            .AddResolver("Book", "reviews", context =>
            {
                IReadOnlyList<Review> reviews = data.ReviewsByBookId.GetValueOrDefault(((Book)context.Parent!).Id) ?? Array.Empty<Review>();
                int first = Math.Max(0, context.GetArgument<int>("first"));
                return new ValueTask<object?>(first >= reviews.Count ? reviews : reviews.Take(first).ToArray());
            });
        Schema schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(ScenarioData.Directory, "schema.graphql")), options);
        return schema.ValidationErrors.Count == 0
            ? schema
            : throw new InvalidOperationException(string.Join("\n", schema.ValidationErrors.Select(e => e.Message)));
    }
}
