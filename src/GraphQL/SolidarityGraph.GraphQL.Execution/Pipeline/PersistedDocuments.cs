using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Trusted (persisted) documents, registered among the request services: the documents a request may name by
/// <see cref="GraphQLRequest.DocumentId"/> (GraphQL over HTTP persisted documents proposal), and which callers may
/// run nothing else.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document text of <paramref name="documentId"/> (e.g. <c>sha256:&lt;hex&gt;</c>), or <see langword="null"/>.</summary>
    string? Find(string documentId);

    /// <summary>Whether the caller of <paramref name="context"/> may run trusted documents only.</summary>
    bool IsRequiredFor(RequestContext context);
}

/// <summary>
/// Resolves <see cref="GraphQLRequest.DocumentId"/> into the document text before the cache and the parser see it,
/// and refuses document texts from callers limited to trusted documents. Without a store, every
/// <c>documentId</c> is unknown.
/// </summary>
internal sealed class PersistedDocumentMiddleware(PipelineDelegate next)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var store = context.Services.GetService(typeof(IPersistedDocumentStore)) as IPersistedDocumentStore;
        if (context.Request.DocumentId is { } documentId)
        {
            if (store?.Find(documentId) is not { } document)
            {
                context.Fail(RequestOutcome.RequestError, GraphQLError.Create(
                    $"No trusted document has the id \"{documentId}\".", RequestErrorCodes.PersistedDocumentNotFound, null));
                return ValueTask.CompletedTask;
            }

            context.Query = document;
        }
        else if (context.Request.Query is not null && store is not null && store.IsRequiredFor(context))
        {
            context.Fail(RequestOutcome.RequestError, GraphQLError.Create(
                "This client may run trusted documents only: send {\"documentId\": \"sha256:<hex>\"} instead of a query.",
                RequestErrorCodes.PersistedDocumentRequired,
                null));
            return ValueTask.CompletedTask;
        }

        return next(context);
    }
}
