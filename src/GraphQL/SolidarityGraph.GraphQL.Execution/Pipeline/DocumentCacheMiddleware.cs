using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Hashes the document text and looks the parsed document up before the parse phase runs; after it, remembers a
/// freshly parsed document. Comes before <see cref="ParseMiddleware"/> so a hit skips parsing altogether.
/// </summary>
internal sealed class DocumentCacheMiddleware(PipelineDelegate next, DocumentCache cache)
{
    public async ValueTask InvokeAsync(RequestContext context)
    {
        if (context.Query is { } query)
        {
            // The same hash keys the validation cache, so a repeated document is neither parsed nor validated again.
            context.DocumentHash = ValidationCache.ComputeHash(query);
            if (cache.TryGet(context.DocumentHash, out var document))
            {
                context.Document = document;
                context.IsCachedDocument = true;
            }
        }

        await next(context).ConfigureAwait(false);

        if (!context.IsCachedDocument && context.Document is { } parsed && context.DocumentHash is { } hash)
        {
            cache.Set(hash, parsed);
        }
    }
}
