using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// One document text as the pipeline prepared it, filled in by the phases the first time each needs it: the parse,
/// the validation errors, and per selected operation its limits check and static cost. Everything here depends only
/// on the text and the executor's fixed schema and options, never on a request's variables or caller; concurrent
/// requests may compute a value twice and store the same result.
/// </summary>
internal sealed class PreparedDocument(string text, DocumentNode document, int hash32 = 0)
{
    private IReadOnlyList<GraphQLError>? _validationErrors;
    private string? _hash;
    private PreparedOperation[] _operations = [];

    public string Text { get; } = text;

    public DocumentNode Document { get; } = document;

    /// <summary>The text's <see cref="DocumentKey.Hash"/> (0 when added without one).</summary>
    public int Hash32 { get; } = hash32;

    /// <summary>SHA-256 of the text (hex), computed when first asked for.</summary>
    public string Hash => _hash ??= DocumentHasher.Hash(Text);

    /// <summary>A tick of the cache's clock at the last use, for least-recently-used eviction.</summary>
    public long LastUsed { get; set; }

    /// <summary>Spec §5: the document's validation errors, validated on first use.</summary>
    public IReadOnlyList<GraphQLError> Validate(Func<DocumentNode, IReadOnlyList<GraphQLError>> validate) =>
        _validationErrors ??= validate(Document);

    /// <summary>
    /// Spec §6.1 GetOperation for <paramref name="operationName"/>, remembered per name that selects an operation (so the
    /// entries are bounded by the document's operations); <see langword="null"/> when none is selected.
    /// </summary>
    public PreparedOperation? Operation(string? operationName)
    {
        var known = Volatile.Read(ref _operations);
        foreach (var prepared in known)
        {
            if (string.Equals(prepared.Name, operationName, StringComparison.Ordinal))
            {
                return prepared;
            }
        }

        if (Executor.GetOperation(Document, operationName, out _) is not { } operation)
        {
            return null;
        }

        var added = new PreparedOperation(operationName, operation);
        Volatile.Write(ref _operations, [.. known, added]);
        return added;
    }
}

/// <summary>An operation of a <see cref="PreparedDocument"/> with what is known about it regardless of variables.</summary>
internal sealed class PreparedOperation(string? name, OperationDefinitionNode operation)
{
    private static readonly object WithinLimits = new();
    private object? _limits;

    /// <summary>The operation name the request selected it by (<see langword="null"/>: the only operation).</summary>
    public string? Name { get; } = name;

    public OperationDefinitionNode Operation { get; } = operation;

    /// <summary>The static cost when it depends on no variable (<see cref="OperationCostAnalyzer"/>), once computed.</summary>
    public double? StaticCost { get; set; }

    /// <summary>The first operation limit exceeded, or <see langword="null"/>; checked on first use.</summary>
    public GraphQLError? CheckLimits(DocumentNode document, OperationLimits limits)
    {
        var known = _limits ??= OperationLimitsAnalyzer.Check(document, Operation, limits) ?? WithinLimits;
        return known as GraphQLError;
    }
}
