using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace SolidarityGraph.Bench.GraphQLDotNet;

/// <summary>
/// Parsed and validated documents by query text, plugged in as graphql-dotnet's <see cref="IConfigureExecution"/>
/// (the same contract as its <c>MemoryDocumentCache</c>): a hit skips parsing and the validation rules, so the peer
/// runs as fast as the library allows; bounded like the other servers' caches (Q6 sends a new text every request).
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
{
    private const int Capacity = 1_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } parsed && _documents.Count < Capacity)
        {
            _documents.TryAdd(query, parsed);
        }

        return result;
    }
}
