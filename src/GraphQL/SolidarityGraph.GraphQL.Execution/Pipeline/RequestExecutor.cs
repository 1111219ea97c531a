using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Runs GraphQL requests against one schema through the request pipeline (see <c>Pipeline.md</c>). Build one per
/// schema and share it: it holds the document and validation caches. Thread-safe.
/// </summary>
public sealed class RequestExecutor
{
    private static readonly IServiceProvider NoServices = new EmptyServiceProvider();
    private readonly PipelineDelegate _pipeline;

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    /// <exception cref="InvalidOperationException">The schema is not valid (spec §3 type system rules).</exception>
    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        if (schema.ValidationErrors.Count > 0)
        {
            throw new InvalidOperationException(
                "The schema is invalid:\n" + string.Join("\n", schema.ValidationErrors.Select(error => error.Message)));
        }

        Options = options ?? new RequestExecutorOptions();
        DocumentCache = new DocumentCache(Options.DocumentCacheSize);
        _pipeline = Build(schema, Options, DocumentCache);
    }

    /// <summary>The schema requests run against.</summary>
    public Schema Schema { get; }

    /// <summary>The options the pipeline was built with.</summary>
    public RequestExecutorOptions Options { get; }

    /// <summary>The parsed documents kept between requests.</summary>
    public DocumentCache DocumentCache { get; }

    /// <summary>Runs <paramref name="request"/> through the pipeline.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away (for HTTP, <c>HttpContext.RequestAborted</c>).</param>
    /// <returns>The finished context: <see cref="RequestContext.Result"/> and <see cref="RequestContext.Outcome"/>.</returns>
    public async ValueTask<RequestContext> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new RequestContext(Schema, request, request.Services ?? NoServices, cancellationToken);
        await _pipeline(context).ConfigureAwait(false);
        return context;
    }

    private static PipelineDelegate Build(Schema schema, RequestExecutorOptions options, DocumentCache documentCache)
    {
        var parserOptions = new ParserOptions
        {
            MaxDocumentBytes = options.MaxDocumentBytes,
            MaxTokens = options.MaxTokens,
            MaxDepth = options.MaxParserDepth,
        };
        var validationOptions = new ValidationOptions
        {
            MaxErrors = options.MaxValidationErrors,
            HideSuggestions = options.HideSuggestions,
        };
        var executionOptions = new ExecutionOptions
        {
            IncludeExceptionDetails = options.IncludeExceptionDetails,
            HideSuggestions = options.HideSuggestions,
            OnUnexpectedError = options.OnUnexpectedError,
        };

        // Built from the last phase back to the first; the order of a request is the reverse (Pipeline.md).
        PipelineDelegate pipeline = static _ => ValueTask.CompletedTask;
        pipeline = new ExecutionMiddleware(pipeline, executionOptions).InvokeAsync;
        pipeline = new CostMiddleware(pipeline, options.Cost).InvokeAsync;
        pipeline = new OperationLimitsMiddleware(pipeline, options.Limits).InvokeAsync;
        pipeline = new ValidationMiddleware(pipeline, schema, validationOptions).InvokeAsync;
        pipeline = new OperationPolicyMiddleware(pipeline).InvokeAsync;
        pipeline = new ParseMiddleware(pipeline, parserOptions, documentCache).InvokeAsync;
        pipeline = new DocumentCacheMiddleware(pipeline, documentCache).InvokeAsync;
        pipeline = new PersistedDocumentMiddleware(pipeline).InvokeAsync;
        pipeline = new TimeoutMiddleware(pipeline, options).InvokeAsync;
        pipeline = new UnexpectedErrorMiddleware(pipeline, options).InvokeAsync;
        return pipeline;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
