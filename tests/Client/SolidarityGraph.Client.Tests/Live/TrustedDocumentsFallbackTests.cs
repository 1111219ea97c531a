namespace SolidarityGraph.Client.Tests.Live;

/// <summary>
/// The ready-made client sends document ids by default; a server that does not know them (no manifest loaded) answers
/// <c>PERSISTED_DOCUMENT_NOT_FOUND</c>, and the client sends the text instead unless told not to.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class TrustedDocumentsFallbackTests(LiveServer server)
{
    [Fact]
    public async Task AServerWithoutTheManifestGetsTheTextInstead()
    {
        var client = server.CreateClient();

        var first = await client.GetProjects.ExecuteAsync(2, null, null, null);
        var second = await client.GetProjects.ExecuteAsync(2, null, null, null);

        first.EnsureNoErrors();
        second.EnsureNoErrors();
        Assert.Equal(2, first.Data!.Projects!.Nodes!.Count);
    }

    [Fact]
    public async Task WithoutTheFallbackTheUnknownIdIsACodedError()
    {
        var client = server.CreateClient(o => o.FallBackToDocumentText = false);

        var result = await client.GetProjects.ExecuteAsync(2, null, null, null);

        var error = Assert.Single(result.Errors);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", error.Code);
        Assert.Null(result.Data);
    }
}
