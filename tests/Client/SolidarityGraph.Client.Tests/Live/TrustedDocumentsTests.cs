using Microsoft.AspNetCore.Hosting;

namespace SolidarityGraph.Client.Tests.Live;

/// <summary>
/// The ready-made client, as registered by <c>AddSolidarityGraphClient()</c> with no options, runs every one of its
/// operations by document id against a server that accepts trusted documents only, loaded from the manifest the
/// client's build generates.
/// </summary>
public sealed class TrustedDocumentsTests(TrustedDocumentsServer server) : IClassFixture<TrustedDocumentsServer>
{
    private readonly ISolidarityGraphClient _client = server.CreateClient();

    [Fact]
    public async Task EveryOperationRunsByDocumentId()
    {
        var projects = await _client.GetProjects.ExecuteAsync(3, null, null, null);
        projects.EnsureNoErrors();
        var projectId = projects.Data!.Projects!.Nodes![0].Id;

        (await _client.GetProject.ExecuteAsync(projectId, null)).EnsureNoErrors();
        (await _client.GetNode.ExecuteAsync(projectId)).EnsureNoErrors();
        var organisations = await _client.GetOrganisations.ExecuteAsync(2, null, null);
        organisations.EnsureNoErrors();
        var name = organisations.Data!.Organisations!.Nodes![0].Name;
        (await _client.GetOrganisationFunding.ExecuteAsync(new OrganisationFilterInput { Name = new StringOperationFilterInput { Eq = name } })).EnsureNoErrors();
        (await _client.GetFundingFlows.ExecuteAsync(null, null)).EnsureNoErrors();
        (await _client.GetIndicatorTotals.ExecuteAsync("SG:WOMEN_TRAINED", null, null)).EnsureNoErrors();
        (await _client.Search.ExecuteAsync("water", null)).EnsureNoErrors();

        var created = await ((ICreateProjectMutation)_client.CreateProject.WithHeader(LiveServer.UserHeader, "trusted.steward").WithHeader(LiveServer.RoleHeader, "Steward"))
            .ExecuteAsync(new CreateProjectInput { Title = "Trusted bakery", Kind = ProjectKind.Programme });
        created.EnsureNoErrors();
        var project = created.Data!.CreateProject.Project!;
        var updated = await ((IUpdateProjectMutation)_client.UpdateProject.WithHeader(LiveServer.UserHeader, "trusted.steward").WithHeader(LiveServer.RoleHeader, "Steward"))
            .ExecuteAsync(new UpdateProjectInput { Id = project.Id, Version = project.Version, Title = "Trusted bakeries" });
        updated.EnsureNoErrors();
        Assert.Equal("Trusted bakeries", updated.Data!.UpdateProject.Project!.Title);
    }

    [Fact]
    public async Task TheSameOperationAsTextIsRefusedWithACode()
    {
        var result = await server.CreateClient(o => o.UseTrustedDocuments = false).GetProjects.ExecuteAsync(3, null, null, null);

        var error = Assert.Single(result.Errors);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", error.Code);
        Assert.Null(result.Data);
    }
}

/// <summary>The live server in trusted-documents-only mode, with the typed client's generated manifest.</summary>
public sealed class TrustedDocumentsServer : LiveServer
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        var manifest = Path.Combine(Folder, "SolidarityGraphClient.trusted-documents.json");
        File.WriteAllText(manifest, SolidarityGraphClientTrustedDocuments.Manifest);
        builder.UseSetting("TrustedDocuments:Manifests:0", manifest);
        builder.UseSetting("TrustedDocuments:Only", "true");
    }
}
