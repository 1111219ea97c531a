using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Spec §2: parses the document text unless the cache supplied the document, and adds it to the cache. Syntax errors
/// and exceeded parser limits (size, tokens, depth) end the request with a request error carrying the parser's code.
/// </summary>
internal sealed class ParseMiddleware(PipelineDelegate next, ParserOptions parserOptions, DocumentCache cache)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        if (context.Document is null)
        {
            if (context.Query is not { } query)
            {
                context.Fail(RequestOutcome.RequestError, GraphQLError.Create(
                    "The request has no query document.", RequestErrorCodes.QueryMissing, null));
                return ValueTask.CompletedTask;
            }

            DocumentNode document;
            try
            {
                document = Parser.Parse(query, parserOptions);
            }
            catch (GraphQLSyntaxException exception)
            {
                context.Fail(RequestOutcome.RequestError, exception.Error);
                return ValueTask.CompletedTask;
            }

            // The cache phase hashed this text already, unless a phase between them replaced it.
            var key = ReferenceEquals(context.DocumentKey.Text, query) ? context.DocumentKey : new DocumentKey(query);
            context.Prepare(cache.Add(key, document));
        }

        return next(context);
    }
}
