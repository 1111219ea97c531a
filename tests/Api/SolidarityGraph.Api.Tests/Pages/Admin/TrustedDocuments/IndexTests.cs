using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.TrustedDocuments;

/// <summary>An Admin uploads a trusted-documents manifest; the server then runs its documents by id.</summary>
public sealed class IndexTests : IAsyncLifetime
{
    private const string Document = "query OneOrganisation { organisations(first: 1) { nodes { name } } }";

    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnUploadedManifestIsRunByIdAndABrokenOneAddsNothing()
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Admin);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document)));

        var broken = await UploadAsync(admin, JsonSerializer.Serialize(new Dictionary<string, string> { [new string('a', 64)] = Document }));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var problems = (await AdminHost.ParseAsync(broken)).QuerySelector("#manifest-problems")!.TextContent;
        Assert.Contains($"is not the SHA-256 of its document ({hash})", problems, StringComparison.Ordinal);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", Code(await RunAsync(hash)));

        var uploaded = await UploadAsync(admin, JsonSerializer.Serialize(new Dictionary<string, string> { [hash] = Document }));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var listed = await AdminHost.GetDocumentAsync(admin, "/admin/trusteddocuments");
        Assert.NotNull(listed.QuerySelector($"tr[data-document='{hash}']"));
        var data = await RunAsync(hash);
        Assert.Single(data["data"]!["organisations"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AStewardCannotUploadManifests()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var response = await steward.GetAsync("/admin/trusteddocuments");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/account/accessdenied", response.Headers.Location!.AbsolutePath);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string manifest)
    {
        var page = await AdminHost.GetDocumentAsync(client, "/admin/trusteddocuments");
        var token = page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(manifest)), "manifest", "client.trusted-documents.json" },
        };
        return await client.PostAsync("/admin/trusteddocuments", form);
    }

    private async Task<JsonNode> RunAsync(string hash)
    {
        using var client = _host.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + hash });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string? Code(JsonNode json) => json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
