using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SolidarityGraph.Client.Tests.Transport;

namespace SolidarityGraph.Client.Tests.TrustedDocuments;

/// <summary>
/// The trusted-documents manifest the build writes beside the client (<c>SolidarityGraphClient.trusted-documents.json</c>),
/// here reached through a project reference: the same text as the generated constant, and keyed by the SHA-256 of the
/// exact text the client sends.
/// </summary>
public sealed class ManifestFileTests
{
    private static readonly string ManifestPath = Path.Combine(AppContext.BaseDirectory, "SolidarityGraphClient.trusted-documents.json");

    [Fact]
    public void TheManifestFileInTheBuildOutputEqualsTheGeneratedConstant()
    {
        Assert.True(File.Exists(ManifestPath), $"{ManifestPath} is missing from the build output.");

        Assert.Equal(SolidarityGraphClientTrustedDocuments.Manifest, File.ReadAllText(ManifestPath));
    }

    [Fact]
    public async Task EachEntryIsKeyedByTheSha256OfTheExactTextTheClientSends()
    {
        var manifest = Entries(File.ReadAllText(ManifestPath));
        var handler = new StubHandler(HttpStatusCode.OK, """{"data":null}""");
        var client = StubHandler.Client(handler);

        await client.GetFundingFlows.ExecuteAsync(null, null);
        await client.GetProjects.ExecuteAsync(1, null, null, null);
        await client.UpdateProject.ExecuteAsync(new UpdateProjectInput { Id = "x", Version = 1, Title = "t" });
        await client.Search.ExecuteAsync("water", null);

        var sent = handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("query").GetString()!).ToList();
        Assert.Equal(4, sent.Count);
        Assert.All(sent, text => Assert.Equal(text, manifest[Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))]));
        Assert.All(manifest, e => Assert.Equal(e.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.Value)))));
        Assert.Equal(typeof(ISolidarityGraphClient).GetProperties().Length, manifest.Count);
    }

    private static Dictionary<string, string> Entries(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
