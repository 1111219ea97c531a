
namespace SolidarityGraph.Client;

/// <summary>GraphQL over HTTP: a POST with a JSON body, read as <c>application/graphql-response+json</c>.</summary>
public sealed class HttpOperationExecutor : IOperationExecutor
{
    // GraphQL over HTTP §5.2: ask for the GraphQL media type first, plain JSON for older servers.
    private const string Accept = "application/graphql-response+json, application/json;q=0.9";

    // The server's code for a document id it does not know (README, "Trusted documents").
    private const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    private readonly Func<HttpClient> _client;
    private readonly GraphQLClientOptions _options;

    // Operations (by hash) the server answered PERSISTED_DOCUMENT_NOT_FOUND for: sent as text from then on.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _unknownIds = new(StringComparer.Ordinal);

    /// <summary>Creates an executor over the named client of <paramref name="factory"/>.</summary>
    public HttpOperationExecutor(IHttpClientFactory factory, string clientName, GraphQLClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = () => factory.CreateClient(clientName);
        _options = options;
    }

    /// <summary>Creates an executor over one <see cref="HttpClient"/> (its <c>BaseAddress</c> is the endpoint).</summary>
    public HttpOperationExecutor(HttpClient client, GraphQLClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = () => client;
        _options = options ?? new GraphQLClientOptions();
    }

    /// <inheritdoc/>
    public async Task<IOperationResult<TData>> ExecuteAsync<TData>(OperationRequest request, DataParser<TData> parse, CancellationToken cancellationToken)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var byId = _options.UseTrustedDocuments && !_unknownIds.ContainsKey(request.Hash);
        var result = await SendAsync(request, byId, parse, cancellationToken).ConfigureAwait(false);
        if (byId && _options.FallBackToDocumentText && result.Errors.Any(e => e.Code == PersistedDocumentNotFound))
        {
            _unknownIds.TryAdd(request.Hash, true);
            result = await SendAsync(request, byId: false, parse, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<IOperationResult<TData>> SendAsync<TData>(OperationRequest request, bool byId, DataParser<TData> parse, CancellationToken cancellationToken)
        where TData : class
    {
        using var message = CreateMessage(request, byId);
        HttpResponseMessage response;
        try
        {
            response = await _client().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TaskCanceledException exception)
        {
            return Failure<TData>(new ClientError("The request timed out.", ClientErrorCodes.Timeout, exception: exception));
        }
        catch (TokenRequestException exception)
        {
            return Failure<TData>(new ClientError(exception.Message, ClientErrorCodes.AuthTokenRequestFailed, exception: exception));
        }
        catch (HttpRequestException exception)
        {
            return Failure<TData>(new ClientError($"The request failed: {exception.Message}", ClientErrorCodes.TransportError, exception: exception));
        }

        using (response)
        {
            PooledBody body;
            try
            {
                body = await PooledBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                return Failure<TData>(new ClientError($"The response could not be read: {exception.Message}", ClientErrorCodes.TransportError, exception: exception));
            }

            using (body)
            {
                return ResponseReader.Read(body.Span, (int)response.StatusCode, new ResponseHeaders(response.Headers, response.Content.Headers), parse);
            }
        }
    }

    private static HttpRequestMessage CreateMessage(OperationRequest request, bool byId)
    {
        var body = RequestBody.Write(request, byId);
        var message = new HttpRequestMessage(HttpMethod.Post, (Uri?)null) { Content = new ByteArrayContent(body) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        message.Headers.TryAddWithoutValidation("Accept", Accept);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    private static OperationResult<TData> Failure<TData>(ClientError error)
        where TData : class => new(null, [error]);
}
