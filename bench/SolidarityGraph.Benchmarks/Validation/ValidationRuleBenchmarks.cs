using BenchmarkDotNet.Attributes;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.Benchmarks.Validation;

/// <summary>
/// Each specified rule alone, for finding the rules that dominate <see cref="ValidationBenchmarks"/>. The
/// <c>(walk)</c> case runs no rule: the cost of the document walk with type information that every case includes.
/// </summary>
[MemoryDiagnoser]
public class ValidationRuleBenchmarks
{
    public const string WalkOnly = "(walk)";

    private DocumentNode _document = null!;
    private IReadOnlyList<IValidationRule> _rules = Array.Empty<IValidationRule>();

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = ValidationDocuments.OrganisationDashboard;

    [ParamsSource(nameof(Rules))]
    public string Rule { get; set; } = WalkOnly;

    public static IEnumerable<string> Documents => ValidationDocuments.Names;

    public static IEnumerable<string> Rules => SpecifiedRules.Executable.Select(r => r.Name).Prepend(WalkOnly);

    [GlobalSetup]
    public void Setup()
    {
        _document = ValidationDocuments.ParseValid(Document);
        _rules = Rule == WalkOnly ? Array.Empty<IValidationRule>() : SpecifiedRules.Executable.Where(r => r.Name == Rule).ToArray();
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(ValidationDocuments.Schema, _document, _rules);
}
