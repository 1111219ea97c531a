using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Projects;

/// <summary>createProject / updateProject / deleteProject through HTTP, with the audit trail and optimistic concurrency.</summary>
public sealed class ProjectMutationTests(MutationHost host) : IClassFixture<MutationHost>
{
    private const string Create = """
        mutation($input: CreateProjectInput!) {
          createProject(input: $input) {
            project { title titleLanguage kind description objectives status version }
            errors { __typename ... on Error { message code } ... on ValidationError { code field } }
          }
        }
        """;

    private const string Update = """
        mutation($input: UpdateProjectInput!) {
          updateProject(input: $input) {
            project { title description version }
            errors {
              __typename ... on Error { message code }
              ... on ValidationError { code field }
              ... on NotFoundError { code }
              ... on ConcurrencyError { code expectedVersion currentVersion current { __typename ... on Project { title description version } } }
            }
          }
        }
        """;

    private const string Delete = """
        mutation($input: DeleteProjectInput!) {
          deleteProject(input: $input) {
            project { title }
            errors { __typename ... on Error { message code } ... on ValidationError { code } ... on ConcurrencyError { code currentVersion } }
          }
        }
        """;

    private readonly MutationHost _host = host;

    [Fact]
    public async Task CreateProjectReturnsTheProjectAndAuditsTheSteward()
    {
        var result = await _host.PostAsync(Create, new
        {
            input = new { title = "Solar bakeries", kind = "DEVELOPMENT_PROJECT", description = "Ovens.", objectives = new[] { "Bake" }, status = "IMPLEMENTATION", plannedStart = "2024-03" },
        });

        Snapshot.Match(MutationHost.Print(result));
        var key = await _host.WithDbAsync(db => db.Projects.Where(p => p.Title == "Solar bakeries").Select(p => p.Id).SingleAsync());
        var audit = await _host.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == key && a.Action == AuditAction.Created && a.Actor == MutationHost.Steward).ToListAsync());
        Assert.Equal(AuditOutcome.Succeeded, Assert.Single(audit).Outcome);
    }

    [Fact]
    public async Task DomainRuleViolationsComeBackAsTypedErrorsAndSaveNothing()
    {
        var before = await _host.WithDbAsync(db => db.Projects.CountAsync());

        var blank = await _host.PostAsync(Create, new { input = new { title = "  ", kind = "PROGRAMME" } });
        var inverted = await _host.PostAsync(Create, new { input = new { title = "Backwards", kind = "PROGRAMME", plannedStart = "2025", plannedEnd = "2024" } });
        var badDate = await _host.PostAsync(Create, new { input = new { title = "Bad date", kind = "PROGRAMME", plannedStart = "March 2024" } });

        Snapshot.Match(MutationHost.Print(new JsonArray(blank, inverted, badDate)));
        Assert.Equal(before, await _host.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task AnonymousCallersGetAnAuthorizationErrorAndNothingChanges()
    {
        var before = await _host.WithDbAsync(db => db.AuditEntries.CountAsync());

        var anonymous = await _host.PostAsync(Create, new { input = new { title = "Sneaky", kind = "PROGRAMME" } }, user: null);
        var partner = await _host.PostAsync(Create, new { input = new { title = "Sneaky", kind = "PROGRAMME" } }, user: "app", role: "Partner");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", partner["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(anonymous["data"]);
        Assert.Equal(before, await _host.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await _host.WithDbAsync(db => db.Projects.AnyAsync(p => p.Title == "Sneaky")));
    }

    [Fact]
    public async Task UpdateWithTheCurrentVersionSavesAndMovesTheVersionOn()
    {
        var id = await CreateAsync("Original");

        var result = await _host.PostAsync(Update, new { input = new { id, version = 1, title = "Renamed", description = "Now described." } });

        Snapshot.Match(MutationHost.Print(result));
        var saved = await _host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == MutationHost.Key(id)));
        Assert.Equal(("Renamed", 2L), (saved.Title, saved.Version));
    }

    [Fact]
    public async Task StaleVersionGivesAConflictShowingBothVersionsAndTheNewerDataSurvives()
    {
        var id = await CreateAsync("Original");
        var first = await _host.PostAsync(Update, new { input = new { id, version = 1, title = "First edit", description = "Kept." } }, user: "bea.steward");
        Assert.Null(first["data"]!["updateProject"]!["errors"]);

        var stale = await _host.PostAsync(Update, new { input = new { id, version = 1, title = "Stale edit", description = "Lost?" } });

        Snapshot.Match(MutationHost.Print(stale));
        var saved = await _host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == MutationHost.Key(id)));
        Assert.Equal(("First edit", "Kept.", 2L), (saved.Title, saved.Description, saved.Version));
        var audit = await _host.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == MutationHost.Key(id)).OrderBy(a => a.Timestamp).ToListAsync());
        Assert.Equal(
            [("ada.steward", AuditAction.Created, AuditOutcome.Succeeded), ("bea.steward", AuditAction.Updated, AuditOutcome.Succeeded), ("ada.steward", AuditAction.Updated, AuditOutcome.Conflict)],
            audit.Select(a => (a.Actor, a.Action, a.Outcome)));
    }

    [Fact]
    public async Task ConcurrentUpdatesOfOneVersionThroughTwoRequestsSaveExactlyOne()
    {
        var id = await CreateAsync("Contested");

        var results = await Task.WhenAll(
            _host.PostAsync(Update, new { input = new { id, version = 1, title = "By Ada" } }, user: "ada.steward"),
            _host.PostAsync(Update, new { input = new { id, version = 1, title = "By Bea" } }, user: "bea.steward"));

        var payloads = results.Select(r => r["data"]!["updateProject"]!).ToList();
        var winner = Assert.Single(payloads, p => p["errors"] is null);
        var loser = Assert.Single(payloads, p => p["errors"] is not null);
        Assert.Equal("ConcurrencyError", loser["errors"]![0]!["__typename"]!.GetValue<string>());
        var saved = await _host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == MutationHost.Key(id)));
        Assert.Equal((winner["project"]!["title"]!.GetValue<string>(), 2L), (saved.Title, saved.Version));
        Assert.Equal(2L, loser["errors"]![0]!["currentVersion"]!.GetValue<long>());
    }

    [Fact]
    public async Task UnknownProjectGivesNotFound()
    {
        var id = MutationHost.Id("Project", Domain.Common.EntityId.New());

        var result = await _host.PostAsync(Update, new { input = new { id, version = 1, title = "Ghost" } });

        var error = result["data"]!["updateProject"]!["errors"]![0]!;
        Assert.Equal(("NotFoundError", "NOT_FOUND"), (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DeleteRemovesAnUnreferencedProjectAndRefusesAReferencedOne()
    {
        var id = await CreateAsync("Short-lived");
        var seeded = await _host.WithDbAsync(db => db.Fundings.Where(f => f.ProjectId != null).Select(f => f.ProjectId!).FirstAsync());
        var seededVersion = await _host.WithDbAsync(db => db.Projects.Where(p => p.Id == seeded).Select(p => p.Version).SingleAsync());

        var deleted = await _host.PostAsync(Delete, new { input = new { id, version = 1 } });
        var refused = await _host.PostAsync(Delete, new { input = new { id = MutationHost.Id("Project", seeded), version = seededVersion } });
        var stale = await _host.PostAsync(Delete, new { input = new { id = MutationHost.Id("Project", seeded), version = seededVersion + 5 } });

        Snapshot.Match(MutationHost.Print(new JsonArray(deleted, refused["data"]!["deleteProject"]!["errors"]![0]!["code"]!.DeepClone(), stale["data"]!["deleteProject"]!["errors"]![0]!["__typename"]!.DeepClone())));
        Assert.False(await _host.WithDbAsync(db => db.Projects.AnyAsync(p => p.Id == MutationHost.Key(id))));
        Assert.True(await _host.WithDbAsync(db => db.Projects.AnyAsync(p => p.Id == seeded)));
    }

    [Fact]
    public async Task MovingTheDatesForwardIsOneEditAndAnInvertedRangeNamesItsEnd()
    {
        var id = await CreateAsync("Moving on");
        var dated = await _host.PostAsync(Update, new { input = new { id, version = 1, title = "Moving on", plannedStart = "2020", plannedEnd = "2021" } });
        Assert.Null(dated["data"]!["updateProject"]!["errors"]);

        var moved = await _host.PostAsync(Update, new { input = new { id, version = 2, title = "Moving on", plannedStart = "2022", plannedEnd = "2023" } });
        var inverted = await _host.PostAsync(Update, new { input = new { id, version = 3, title = "Moving on", plannedStart = "2025", plannedEnd = "2024" } });

        Assert.Null(moved["data"]!["updateProject"]!["errors"]);
        var error = inverted["data"]!["updateProject"]!["errors"]![0]!;
        Assert.Equal(("DATE_RANGE_INVERTED", "plannedEnd"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        var saved = await _host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == MutationHost.Key(id)));
        Assert.Equal(
            ("2022", "2023", 3L),
            (saved.DateOf(ActivityDateType.PlannedStart)!.ToString(), saved.DateOf(ActivityDateType.PlannedEnd)!.ToString(), saved.Version));
    }

    [Fact]
    public async Task AConflictMessageNamesTheProjectByItsGlobalIdNotItsKey()
    {
        var id = await CreateAsync("Named");
        await _host.PostAsync(Update, new { input = new { id, version = 1, title = "Named first" } });

        var stale = await _host.PostAsync(Update, new { input = new { id, version = 1, title = "Named second" } });

        var message = stale["data"]!["updateProject"]!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.StartsWith($"Project {id} was changed by someone else", message, StringComparison.Ordinal);
        Assert.DoesNotContain(MutationHost.Key(id), message, StringComparison.Ordinal);
    }

    private async Task<string> CreateAsync(string title)
    {
        var result = await _host.PostAsync("mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } errors { __typename } } }",
            new { input = new { title, kind = "DEVELOPMENT_PROJECT" } });
        return result["data"]?["createProject"]?["project"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException(result.ToJsonString());
    }
}
