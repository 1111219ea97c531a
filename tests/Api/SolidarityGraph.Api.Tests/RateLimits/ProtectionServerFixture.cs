using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SolidarityGraph.Api.Tests.Auth.PartnerAccess;

namespace SolidarityGraph.Api.Tests.RateLimits;

/// <summary>
/// The server process with per-client limits: <c>reader</c> may run trusted documents only, <c>writer</c> has a
/// maximum cost of 50, <c>budgeted</c> 3 points per hour, <c>counted</c> 2 requests per minute; one trusted
/// document is loaded from a manifest file.
/// </summary>
public sealed class ProtectionServerFixture : PartnerServerFixture, IAsyncLifetime
{
    /// <summary>The document of the manifest.</summary>
    public const string TrustedDocument = "query TwoProjects { projects(first: 2) { nodes { title } } }";

    private static readonly string ManifestFile = Path.Combine(Path.GetTempPath(), $"sg-trusted-{Guid.NewGuid():N}.json");

    public ProtectionServerFixture()
        : base(new Dictionary<string, string?>
        {
            ["RateLimits__Clients__reader__TrustedDocumentsOnly"] = "true",
            ["RateLimits__Clients__writer__MaxCost"] = "50",
            ["RateLimits__Clients__budgeted__PointsPerHour"] = "3",
            ["RateLimits__Clients__counted__RequestsPerWindow"] = "2",
            ["TrustedDocuments__Manifests__0"] = WriteManifest(),
        })
    {
    }

    /// <summary>The id of <see cref="TrustedDocument"/>.</summary>
    public static string TrustedDocumentId => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TrustedDocument)));

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await RegisterAsync(Server, "budgeted", "graph.read");
        await RegisterAsync(Server, "counted", "graph.read");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        File.Delete(ManifestFile);
    }

    /// <summary>Posts a request body (query or documentId) with <paramref name="token"/> as the bearer.</summary>
    public async Task<(HttpResponseMessage Response, JsonNode? Json)> SendAsync(string? token, object body, HttpMethod? method = null)
    {
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, "graphql?" + string.Join("&", JsonSerializer.SerializeToElement(body).EnumerateObject()
                .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value.GetString()!))))
            : new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static string WriteManifest()
    {
        var hex = TrustedDocumentId["sha256:".Length..];
        File.WriteAllText(ManifestFile, JsonSerializer.Serialize(new Dictionary<string, string> { [hex] = TrustedDocument }));
        return ManifestFile;
    }
}
