using System.Net;
using System.Text;

namespace SolidarityGraph.Client.Tests.Transport;

/// <summary>Answers every request with a fixed response and keeps the requests (and their bodies) it saw.</summary>
internal sealed class StubHandler(HttpStatusCode status, string body, string mediaType = "application/graphql-response+json", TimeSpan delay = default) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    public static ISolidarityGraphClient Client(StubHandler handler, GraphQLClientOptions? options = null, TimeSpan? timeout = null) =>
        new SolidarityGraphClient(new HttpOperationExecutor(
            new HttpClient(handler) { BaseAddress = new Uri("http://graph.test/graphql"), Timeout = timeout ?? TimeSpan.FromSeconds(30) }, options));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request, request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken)));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }

        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        response.Headers.Add("X-RateLimit-Remaining", "41");
        return response;
    }
}
