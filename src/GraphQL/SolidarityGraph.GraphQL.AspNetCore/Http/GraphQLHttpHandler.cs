using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using SolidarityGraph.GraphQL.AspNetCore.Ide;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP at <c>{path}</c>: POST with a JSON body, GET with query-string parameters, <c>?sdl</c>, and the
/// browser redirect to the IDE. Checks run in this order: method (405), <c>Content-Type</c> (415), <c>Accept</c>
/// (406), size (413), body and parameter shape (400); then the pipeline runs and
/// <see cref="StatusCodePolicy"/> picks the status.
/// </summary>
internal sealed class GraphQLHttpHandler(
    RequestExecutor executor,
    GraphQLServerOptions options,
    SchemaSdlHandler sdl,
    BananaCakePopHandler ide,
    IServiceProviderIsService? registrations = null)
{
    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.WebSockets.IsWebSocketRequest)
        {
            return SubscriptionRefusal.RefuseWebSocketAsync(context);
        }

        if (SubscriptionRefusal.WantsEventStream(request.Headers.Accept))
        {
            return SubscriptionRefusal.RefuseEventStreamAsync(context);
        }

        if (HttpMethods.IsPost(request.Method))
        {
            return HandlePostAsync(context);
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            if (ide.IsEnabled && request.Path.Value?.EndsWith('/') == true)
            {
                return ide.ServeIndexAsync(context);
            }

            if (ide.IsEnabled && MediaTypes.PrefersHtml(request.Headers.Accept))
            {
                // PARITY.md §12.4: relative asset links in index.html need the trailing slash.
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = request.PathBase + request.Path + "/" + request.QueryString;
                return Task.CompletedTask;
            }

            if (options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
            {
                return sdl.HandleAsync(context);
            }

            if (options.EnableGetRequests)
            {
                return HandleGetAsync(context);
            }
        }

        context.Response.Headers.Allow = options.EnableGetRequests ? "GET, POST" : "POST";
        return HttpResponseWriter.WriteErrorAsync(
            context.Response,
            StatusCodes.Status405MethodNotAllowed,
            MediaTypes.Negotiate(request.Headers.Accept) ?? ResponseMediaType.Json,
            $"The method {request.Method} is not allowed here.",
            HttpErrorCodes.MethodNotAllowed);
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var accepted = MediaTypes.Negotiate(request.Headers.Accept);
        if (!IsJson(request.ContentType))
        {
            var message = string.IsNullOrEmpty(request.ContentType)
                ? "A POST request needs Content-Type: application/json."
                : $"The Content-Type \"{request.ContentType}\" is not supported; use application/json.";
            await HttpResponseWriter.WriteErrorAsync(
                response, StatusCodes.Status415UnsupportedMediaType, accepted ?? ResponseMediaType.Json, message, HttpErrorCodes.UnsupportedMediaType);
            return;
        }

        if (accepted is not { } mediaType)
        {
            await WriteNotAcceptableAsync(context);
            return;
        }

        if (await RequestBody.ReadAsync(request, options.MaxRequestBytes, context.RequestAborted) is not { } body)
        {
            await HttpResponseWriter.WriteErrorAsync(
                response,
                StatusCodes.Status413PayloadTooLarge,
                mediaType,
                $"The request body is larger than {options.MaxRequestBytes} bytes.",
                HttpErrorCodes.RequestTooLarge);
            return;
        }

        HttpRequestParameters parameters;
        try
        {
            parameters = HttpRequestParameters.FromJsonBody(body);
        }
        finally
        {
            RequestBody.Release(request, body); // the parameters hold copies of what they need
        }

        using var owned = parameters;
        await ExecuteAsync(context, parameters, mediaType, AllowedOperations.All);
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        if (MediaTypes.Negotiate(context.Request.Headers.Accept) is not { } mediaType)
        {
            await WriteNotAcceptableAsync(context);
            return;
        }

        using var parameters = HttpRequestParameters.FromQueryString(context.Request.Query);

        // GraphQL over HTTP: GET must not change state, so only queries run; a mutation gets 405 + Allow: POST.
        await ExecuteAsync(context, parameters, mediaType, AllowedOperations.Query);
    }

    private async Task ExecuteAsync(HttpContext context, HttpRequestParameters parameters, ResponseMediaType mediaType, AllowedOperations allowed)
    {
        if (parameters.Error is { } error)
        {
            await HttpResponseWriter.WriteErrorAsync(
                context.Response, StatusCodes.Status400BadRequest, mediaType, error, parameters.ErrorCode, options.IndentResponses);
            return;
        }

        var result = await executor.ExecuteAsync(
            new GraphQLRequest(parameters.Query)
            {
                DocumentId = parameters.DocumentId,
                ReportCost = CostHeaders.IsRequested(context.Request),
                OperationName = parameters.OperationName,
                Variables = parameters.Variables,
                Extensions = parameters.Extensions,
                AllowedOperations = allowed,
                Services = registrations is null ? context.RequestServices : new HttpRequestServices(context, registrations),
                ContextData = new HttpContextData(context),
            },
            context.RequestAborted);

        if (result.Outcome == RequestOutcome.Cancelled || context.RequestAborted.IsCancellationRequested)
        {
            return; // the client is gone; there is nobody to answer
        }

        if (result.Outcome == RequestOutcome.OperationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        CostHeaders.Write(context, result);

        await HttpResponseWriter.WriteResultAsync(
            context.Response, StatusCodePolicy.For(result.Outcome, mediaType), mediaType, result.Result!, options.IndentResponses);
    }

    private static Task WriteNotAcceptableAsync(HttpContext context) =>
        HttpResponseWriter.WriteErrorAsync(
            context.Response,
            StatusCodes.Status406NotAcceptable,
            ResponseMediaType.Json,
            $"The Accept header names no supported media type; use {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.",
            HttpErrorCodes.NotAcceptable);

    private static bool IsJson(string? contentType)
    {
        // What clients send almost always, decided without parsing.
        if (string.Equals(contentType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, MediaTypes.JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The body is UTF-8 by definition (graphql-http audits BF61, 78D5); any other declared charset is refused.
        return !parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }
}
