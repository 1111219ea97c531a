namespace SolidarityGraph.Client.Tests.Live;

/// <summary>Steward mutations through the typed client: payloads, typed errors, and the authorization error for anonymous callers.</summary>
[Collection(LiveCollection.Name)]
public sealed class MutationTests(LiveServer server)
{
    private readonly ISolidarityGraphClient _client = server.CreateClient();

    [Fact]
    public async Task AStewardCreatesAndUpdatesAProject()
    {
        var created = await AsSteward(_client.CreateProject).ExecuteAsync(new CreateProjectInput { Title = "Solar bakeries (client)", Kind = ProjectKind.DevelopmentProject, PlannedStart = "2024-03" });

        created.EnsureNoErrors();
        var project = created.Data!.CreateProject.Project!;
        Assert.Null(created.Data.CreateProject.Errors);
        Assert.Equal(("Solar bakeries (client)", ProjectKind.DevelopmentProject, 1L), (project.Title, project.Kind, project.Version));

        var updated = await AsSteward(_client.UpdateProject).ExecuteAsync(new UpdateProjectInput { Id = project.Id, Version = project.Version, Title = "Solar bakeries", Description = "Ovens." });

        updated.EnsureNoErrors();
        Assert.Equal(("Solar bakeries", "Ovens.", 2L), (updated.Data!.UpdateProject.Project!.Title, updated.Data.UpdateProject.Project.Description, updated.Data.UpdateProject.Project.Version));
    }

    [Fact]
    public async Task AStaleVersionIsATypedConcurrencyErrorCarryingTheCurrentRecord()
    {
        var created = await AsSteward(_client.CreateProject).ExecuteAsync(new CreateProjectInput { Title = "Seed bank", Kind = ProjectKind.Programme });
        var id = created.Data!.CreateProject.Project!.Id;
        await AsSteward(_client.UpdateProject).ExecuteAsync(new UpdateProjectInput { Id = id, Version = 1, Title = "Seed bank (first edit)" });

        var stale = await AsSteward(_client.UpdateProject).ExecuteAsync(new UpdateProjectInput { Id = id, Version = 1, Title = "Seed bank (stale edit)" });

        Assert.True(stale.IsSuccessResult());
        Assert.Null(stale.Data!.UpdateProject.Project);
        var conflict = Assert.IsAssignableFrom<IUpdateProject_UpdateProject_Errors_ConcurrencyError>(Assert.Single(stale.Data.UpdateProject.Errors!));
        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.CurrentVersion));
        var current = Assert.IsAssignableFrom<IProjectSummary>(conflict.Current);
        Assert.Equal("Seed bank (first edit)", current.Title);
        Assert.IsAssignableFrom<IMutationError>(conflict);
        Assert.False(string.IsNullOrEmpty(conflict.Code));
    }

    [Fact]
    public async Task CodeWrittenAgainstAFragmentPatternMatchesItsNestedAbstractFields()
    {
        var created = await AsSteward(_client.CreateProject).ExecuteAsync(new CreateProjectInput { Title = "Tool library", Kind = ProjectKind.Programme });
        var id = created.Data!.CreateProject.Project!.Id;
        var first = await AsSteward(_client.UpdateProject).ExecuteAsync(new UpdateProjectInput { Id = id, Version = 1, Title = "Tool library (first edit)" });

        var stale = await AsSteward(_client.UpdateProject).ExecuteAsync(new UpdateProjectInput { Id = id, Version = 1, Title = "Tool library (stale edit)" });

        Assert.Equal("saved version 2", Describe(first.Data!.UpdateProject));
        Assert.Equal("conflict: expected 1, current 2 (Tool library (first edit))", Describe(stale.Data!.UpdateProject));
    }

    /// <summary>What a partner writes once for every update: typed by the fragment, not by the operation's paths.</summary>
    private static string Describe(IProjectUpdateOutcome outcome) => outcome switch
    {
        { Project: { } project } => $"saved version {project.Version}",
        { Errors: [IProjectUpdateOutcome_Errors_ConcurrencyError { Current: IProjectUpdateOutcome_Errors_ConcurrencyError_Current_Project current } conflict] } =>
            $"conflict: expected {conflict.ExpectedVersion}, current {conflict.CurrentVersion} ({current.Title})",
        { Errors: [IProjectUpdateOutcome_Errors_ValidationError invalid] } => $"invalid {invalid.Field}",
        _ => "unexpected",
    };

    [Fact]
    public async Task ADomainRuleViolationIsATypedValidationError()
    {
        var result = await AsSteward(_client.CreateProject).ExecuteAsync(new CreateProjectInput { Title = "Backwards", Kind = ProjectKind.Programme, PlannedStart = "2025", PlannedEnd = "2024" });

        var error = Assert.IsAssignableFrom<ICreateProject_CreateProject_Errors_ValidationError>(Assert.Single(result.Data!.CreateProject.Errors!));
        Assert.Equal(("DATE_RANGE_INVERTED", "plannedEnd"), (error.Code, error.Field));
        Assert.Null(result.Data.CreateProject.Project);
    }

    [Fact]
    public async Task AnAnonymousMutationIsAGraphQLErrorWhoseCodeAndPathEnsureNoErrorsReports()
    {
        var result = await _client.CreateProject.ExecuteAsync(new CreateProjectInput { Title = "Nobody's project", Kind = ProjectKind.Programme });

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("AUTH_", error.Code, StringComparison.Ordinal);
        Assert.Equal(["createProject"], error.Path);
        var exception = Assert.Throws<GraphQLClientException>(result.EnsureNoErrors);
        Assert.Contains($"[{error.Code}] at createProject", exception.Message, StringComparison.Ordinal);
    }

    private static TOperation AsSteward<TOperation>(TOperation operation)
        where TOperation : class => operation switch
        {
            ICreateProjectMutation create => (TOperation)create.WithHeader(LiveServer.UserHeader, "client.steward").WithHeader(LiveServer.RoleHeader, "Steward"),
            IUpdateProjectMutation update => (TOperation)update.WithHeader(LiveServer.UserHeader, "client.steward").WithHeader(LiveServer.RoleHeader, "Steward"),
            _ => throw new ArgumentException(operation.GetType().Name),
        };
}
