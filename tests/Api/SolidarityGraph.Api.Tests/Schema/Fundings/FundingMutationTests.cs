using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.Api.Tests.Schema.Fundings;

/// <summary>createFunding / updateFunding / deleteFunding: amount rules, the derived share and the FUNDING participation.</summary>
public sealed class FundingMutationTests(MutationHost host) : IClassFixture<MutationHost>, IAsyncLifetime
{
    private const string Create = """
        mutation($input: CreateFundingInput!) {
          createFunding(input: $input) {
            funding { amount currency instrument flowStage programme share shareAssertion version }
            errors { __typename ... on Error { message code } ... on ValidationError { code field } ... on NotFoundError { code id } }
          }
        }
        """;

    private const string Update = """
        mutation($input: UpdateFundingInput!) {
          updateFunding(input: $input) {
            funding { amount currency share shareAssertion version }
            errors { __typename ... on Error { message code } ... on ValidationError { code field } ... on ConcurrencyError { code currentVersion } }
          }
        }
        """;

    private readonly MutationHost _host = host;
    private string _project = string.Empty;
    private string _funder = string.Empty;

    public async Task InitializeAsync()
    {
        (_project, _funder) = await _host.WithDbAsync(async db =>
        {
            var project = new Project("Budgeted", ProjectKind.DevelopmentProject);
            var funder = new Organisation("Funder", OrganisationKind.Foundation);
            db.AddRange(project, funder, new Budget(project.Id, new Money(69966m, "EUR")));
            await db.SaveChangesAsync();
            return (MutationHost.Id("Project", project.Id), MutationHost.Id("Organisation", funder.Id));
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateDerivesTheShareAndAddsTheFundingParticipation()
    {
        var result = await _host.PostAsync(Create, new
        {
            input = new { projectId = _project, funderId = _funder, amount = "16322", currency = "EUR", instrument = "GRANT", programme = "Transition 2024 Fund" },
        });

        Snapshot.Match(MutationHost.Print(result));
        Assert.True(await _host.WithDbAsync(db => db.Participations.AnyAsync(p => p.ProjectId == MutationHost.Key(_project) && p.Role == ParticipationRole.Funding)));
    }

    [Fact]
    public async Task AmountRulesComeBackAsTypedErrors()
    {
        var noCurrency = await _host.PostAsync(Create, new { input = new { projectId = _project, funderId = _funder, amount = "100" } });
        var currencyOnly = await _host.PostAsync(Create, new { input = new { projectId = _project, funderId = _funder, currency = "EUR" } });
        var aboveBudget = await _host.PostAsync(Create, new { input = new { projectId = _project, funderId = _funder, amount = "70000", currency = "EUR" } });
        var unknownFunder = await _host.PostAsync(Create, new { input = new { projectId = _project, funderId = MutationHost.Id("Organisation", EntityId.New()), amount = "1", currency = "EUR" } });

        Snapshot.Match(MutationHost.Print(new JsonArray(noCurrency, currencyOnly, aboveBudget, unknownFunder["data"]!["createFunding"]!["errors"]![0]!["__typename"]!.DeepClone())));
        Assert.False(await _host.WithDbAsync(db => db.Fundings.AnyAsync(f => f.ProjectId == MutationHost.Key(_project))));
    }

    [Fact]
    public async Task AFunderNamedAsItsOwnRecipientIsRefusedBesideTheRecipient()
    {
        var result = await _host.PostAsync(Create, new { input = new { projectId = _project, funderId = _funder, recipientId = _funder, amount = "10", currency = "EUR" } });

        var payload = result["data"]!["createFunding"]!;
        Assert.Null(payload["funding"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal(DomainErrorCodes.FundingSelfFunding, error["code"]!.GetValue<string>());
        Assert.Equal("recipientId", error["field"]!.GetValue<string>());
        Assert.Equal($"Organisation {_funder} cannot fund itself.", error["message"]!.GetValue<string>());
        Assert.False(await _host.WithDbAsync(db => db.Fundings.AnyAsync(f => f.ProjectId == MutationHost.Key(_project))));
    }

    [Fact]
    public async Task UpdatingTheAmountRecomputesTheShareAndAStaleVersionConflicts()
    {
        var created = await _host.PostAsync("mutation($input: CreateFundingInput!) { createFunding(input: $input) { funding { id } } }",
            new { input = new { projectId = _project, funderId = _funder, amount = "16322", currency = "EUR" } });
        var id = created["data"]!["createFunding"]!["funding"]!["id"]!.GetValue<string>();

        var updated = await _host.PostAsync(Update, new { input = new { id, version = 1, amount = "34983", currency = "EUR" } });
        var unknown = await _host.PostAsync(Update, new { input = new { id, version = 2 } });
        var stale = await _host.PostAsync(Update, new { input = new { id, version = 1, amount = "1", currency = "EUR" } });

        Snapshot.Match(MutationHost.Print(new JsonArray(updated, unknown, stale)));
        var saved = await _host.WithDbAsync(db => db.Fundings.SingleAsync(f => f.Id == MutationHost.Key(id)));
        Assert.Equal((null, null, 3L), (saved.Amount, saved.Share, saved.Version));
    }
}
