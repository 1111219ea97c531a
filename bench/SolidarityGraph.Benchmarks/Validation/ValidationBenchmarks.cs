using BenchmarkDotNet.Attributes;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.Benchmarks.Validation;

/// <summary>
/// <c>DocumentValidator.Validate</c> with every specified rule and no cache (issue 4: at least 3× the throughput of
/// graphql-js 17.1.0 <c>validate()</c> on the same schema and documents, <c>bench/run-validation.sh</c>).
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private DocumentNode _document = null!;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = ValidationDocuments.OrganisationDashboard;

    public static IEnumerable<string> Documents => ValidationDocuments.Names;

    [GlobalSetup]
    public void Setup() => _document = ValidationDocuments.ParseValid(Document);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(ValidationDocuments.Schema, _document);
}
