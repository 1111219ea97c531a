using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// One request on its way through the pipeline: the request, what each phase found out (document hash, document,
/// operation) and finally the result and how the request ended.
/// </summary>
public sealed class RequestContext
{
    private string? _documentHash;

    internal RequestContext(Schema schema, GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        Schema = schema;
        Request = request;
        Query = request.Query;
        Services = services;
        CancellationToken = cancellationToken;
    }

    /// <summary>The schema the request runs against.</summary>
    public Schema Schema { get; }

    /// <summary>The request as the transport handed it over.</summary>
    public GraphQLRequest Request { get; }

    /// <summary>Request-scoped services.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Cancelled when the caller goes away or the execution timeout passes.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>The document text to run: the request's, or the trusted document its <see cref="GraphQLRequest.DocumentId"/> names.</summary>
    public string? Query { get; internal set; }

    /// <summary>SHA-256 of the document text (hex), computed once per document when first asked for.</summary>
    public string? DocumentHash => _documentHash ??= PreparedDocument?.Hash ?? (Query is { } query ? DocumentHasher.Hash(query) : null);

    /// <summary>The parsed document, from the cache or the parser.</summary>
    public DocumentNode? Document { get; internal set; }

    /// <summary>Whether <see cref="Document"/> came from the document cache.</summary>
    public bool IsCachedDocument { get; internal set; }

    /// <summary>Whether <see cref="Document"/> passed validation.</summary>
    public bool IsValidDocument { get; internal set; }

    /// <summary>The operation selected by <see cref="GraphQLRequest.OperationName"/>, once known.</summary>
    public OperationDefinitionNode? Operation { get; internal set; }

    /// <summary>The document text with its hash, set by the cache lookup (<see cref="DocumentCache"/>).</summary>
    internal DocumentKey DocumentKey { get; set; }

    /// <summary>What earlier requests with the same document text worked out (<see cref="DocumentCache"/>).</summary>
    internal PreparedDocument? PreparedDocument { get; private set; }

    /// <summary>The selected operation of <see cref="PreparedDocument"/>, once known.</summary>
    internal PreparedOperation? PreparedOperation { get; set; }

    /// <summary>The operation's static cost (<see cref="OperationCostAnalyzer"/>), once the cost phase has run.</summary>
    public double? Cost { get; internal set; }

    /// <summary>The largest cost this request was allowed, once the cost phase has run.</summary>
    public double? MaximumCost { get; internal set; }

    /// <summary>The response; <see langword="null"/> until a phase produces it.</summary>
    public ExecutionResult? Result { get; internal set; }

    /// <summary>How the request ended; see <see cref="RequestOutcome"/>.</summary>
    public RequestOutcome Outcome { get; internal set; }

    /// <summary>Continues with a prepared document (from the cache or just parsed).</summary>
    internal void Prepare(PreparedDocument prepared)
    {
        PreparedDocument = prepared;
        Document = prepared.Document;
    }

    /// <summary>Ends the request with request errors (no <c>data</c> entry).</summary>
    internal void Fail(RequestOutcome outcome, IReadOnlyList<GraphQLError> errors)
    {
        Result = ExecutionResult.FromRequestErrors(errors);
        Outcome = outcome;
    }

    /// <summary>Ends the request with one request error.</summary>
    internal void Fail(RequestOutcome outcome, GraphQLError error) => Fail(outcome, new[] { error });
}
