using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Limits and switches of a <see cref="RequestExecutor"/>. The defaults suit a public endpoint; each is
/// documented in <c>Pipeline.md</c>. Options are read once, when the executor is built.
/// </summary>
public sealed class RequestExecutorOptions
{
    /// <summary>The default execution timeout: 30 seconds (PARITY.md §6).</summary>
    public static readonly TimeSpan DefaultExecutionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one request may run, parse to result; then it is cancelled and answered with
    /// <see cref="RequestErrorCodes.ExecutionTimeout"/>. Resolvers must honour their cancellation token for the
    /// cut-off to be prompt. Default 30 s; <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = DefaultExecutionTimeout;

    /// <summary>Maximum document size in UTF-8 bytes. Default 1 MiB (<see cref="ParserOptions.DefaultMaxDocumentBytes"/>).</summary>
    public int MaxDocumentBytes { get; set; } = ParserOptions.DefaultMaxDocumentBytes;

    /// <summary>Maximum number of lexical tokens in a document. Default 15,000 (<see cref="ParserOptions.DefaultMaxTokens"/>).</summary>
    public int MaxTokens { get; set; } = ParserOptions.DefaultMaxTokens;

    /// <summary>Maximum syntactic nesting depth the parser accepts. Default 200 (<see cref="ParserOptions.DefaultMaxDepth"/>).</summary>
    public int MaxParserDepth { get; set; } = ParserOptions.DefaultMaxDepth;

    /// <summary>
    /// How many validation errors are reported before validation stops. Default 100, graphql-js's
    /// <c>maxErrors</c>, so differential runs line up (PARITY.md §5).
    /// </summary>
    public int MaxValidationErrors { get; set; } = ValidationOptions.DefaultMaxErrors;

    /// <summary>Leaves "Did you mean …?" hints out of validation and coercion messages.</summary>
    public bool HideSuggestions { get; set; }

    /// <summary>
    /// Adds the exception type, message and stack trace of unexpected errors to <c>extensions.exception</c>.
    /// Development only (PARITY.md §5); the default is off.
    /// </summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>How many prepared documents (parse, validation, limits, static cost) the document cache keeps; the least recently used are dropped. Default 1,000.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Depth, field and alias limits for executable operations; introspection is exempt.</summary>
    public OperationLimits Limits { get; set; } = new();

    /// <summary>The static cost analysis (IBM Cost Directive specification): maximum, defaults and reporting.</summary>
    public CostOptions Cost { get; set; } = new();

    /// <summary>Called with every unexpected exception and the correlation id reported to the client, e.g. to log it.</summary>
    public Action<Exception, string>? OnUnexpectedError { get; set; }
}

/// <summary>
/// Limits that stop hostile operations before execution (deep nesting, alias and fragment fan-out). Counted over
/// the operation with fragments expanded. Fields of introspection (<c>__schema</c>, <c>__type</c> and everything
/// below them, and <c>__typename</c>) are exempt (PARITY.md §12.4); graphql-js's MaxIntrospectionDepthRule guards
/// those. <see cref="int.MaxValue"/> turns a limit off.
/// </summary>
public sealed class OperationLimits
{
    /// <summary>Maximum depth of nested fields; a root field has depth 1. Default 20.</summary>
    public int MaxFieldDepth { get; set; } = 20;

    /// <summary>Maximum number of field selections with fragments expanded. Default 1,000.</summary>
    public int MaxFields { get; set; } = 1000;

    /// <summary>Maximum number of aliased field selections with fragments expanded. Default 100.</summary>
    public int MaxAliases { get; set; } = 100;
}

/// <summary>
/// The static cost analysis of <see cref="OperationCostAnalyzer"/>: an operation above <see cref="MaxCost"/> (or the
/// maximum an <see cref="IRequestCostPolicy"/> gives its caller) is refused with
/// <see cref="RequestErrorCodes.MaxCost"/> before it executes.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The default maximum cost of one operation: 1,000 (Hot Chocolate's default maximum field cost).</summary>
    public const double DefaultMaxCost = 1000;

    /// <summary>The largest cost an operation may have. Default 1,000; <see cref="double.PositiveInfinity"/> turns the check off.</summary>
    public double MaxCost { get; set; } = DefaultMaxCost;

    /// <summary>The size assumed for a list field without <c>@listSize</c> and slicing arguments. Default 10.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>The weight of a root mutation field without <c>@cost</c>: a write costs more than a read. Default 10.</summary>
    public double MutationFieldWeight { get; set; } = 10;

    /// <summary>What <c>__schema</c> and <c>__type</c> cost, each with everything below it. Default 1.</summary>
    public double IntrospectionFieldCost { get; set; } = 1;

    /// <summary>
    /// Adds <c>extensions.cost { requestedQueryCost maximumAvailable }</c> to every response of an analysed
    /// operation. Default off; the request's <see cref="GraphQLRequest.ReportCost"/> asks for it per request.
    /// </summary>
    public bool ReportInExtensions { get; set; }
}
