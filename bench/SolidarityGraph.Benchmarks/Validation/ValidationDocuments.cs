using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.Benchmarks.Validation;

/// <summary>
/// The validation workload: the solidarity-economy schema (<c>SolidarityEconomy.graphql</c>, 71 named types) and
/// the documents validated against it, the introspection query and <c>OrganisationDashboard.graphql</c>.
/// <c>bench/node/validate-bench.mjs</c> reads the same files.
/// </summary>
public static class ValidationDocuments
{
    public const string Introspection = BenchmarkDocuments.Introspection;
    public const string OrganisationDashboard = "organisation-dashboard";

    private static readonly Lazy<Schema> SharedSchema = new(BuildSchema);

    public static IEnumerable<string> Names => new[] { Introspection, OrganisationDashboard };

    /// <summary>The schema every validation runs against (built once, valid).</summary>
    public static Schema Schema => SharedSchema.Value;

    public static string Get(string name) => name switch
    {
        Introspection => BenchmarkDocuments.Get(BenchmarkDocuments.Introspection),
        OrganisationDashboard => BenchmarkDocuments.ReadEmbedded("OrganisationDashboard.graphql"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown validation document."),
    };

    /// <summary>Parses <paramref name="name"/> and fails unless it is valid: a benchmark of error reporting would measure something else.</summary>
    public static DocumentNode ParseValid(string name)
    {
        DocumentNode document = Parser.Parse(Get(name));
        var errors = DocumentValidator.Validate(Schema, document);
        return errors.Count == 0
            ? document
            : throw new InvalidOperationException($"'{name}' is not valid: {string.Join("; ", errors.Select(e => e.Message))}");
    }

    private static Schema BuildSchema()
    {
        Schema schema = SchemaBuilder.Build(BenchmarkDocuments.ReadEmbedded("SolidarityEconomy.graphql"));
        return schema.ValidationErrors.Count == 0
            ? schema
            : throw new InvalidOperationException(string.Join("\n", schema.ValidationErrors.Select(e => e.Message)));
    }
}
