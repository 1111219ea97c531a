namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Looks the document text up among the prepared documents before the parse phase runs, so a hit skips parsing,
/// validation, operation selection, the limits check and (when no variable affects it) the cost analysis. The parse
/// phase adds what it parses (a newcomer on probation, <see cref="DocumentCache"/>).
/// </summary>
internal sealed class DocumentCacheMiddleware(PipelineDelegate next, DocumentCache cache)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        if (context.Query is { } query)
        {
            // The text is hashed here once; the parse phase reuses the key to add what it parsed.
            context.DocumentKey = new DocumentKey(query);
            if (cache.Find(context.DocumentKey) is { } prepared)
            {
                context.Prepare(prepared);
                context.IsCachedDocument = true;
            }
        }

        return next(context);
    }
}
