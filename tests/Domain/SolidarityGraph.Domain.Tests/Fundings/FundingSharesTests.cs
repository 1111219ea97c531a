using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Domain.Tests.Persistence;

namespace SolidarityGraph.Domain.Tests.Fundings;

/// <summary>Re-deriving a funding's share after its amount changed.</summary>
public sealed class FundingSharesTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public async Task DerivesFromTheBudgetInTheSameCurrencyPreferringTheRevisedOne()
    {
        var (project, funder) = await SeedAsync(new Money(100000m, "USD"), new Money(69966m, "EUR"), (80000m, "EUR", BudgetType.Revised));
        await using var db = database.CreateContext();
        var funding = new Domain.Fundings.Funding(funder, null, project, 16322m, "EUR");

        var share = await FundingShares.RecomputeAsync(db, funding);

        Assert.Equal(0.2040m, share);
        Assert.Equal((0.2040m, AssertionKind.Derived), (funding.Share, funding.ShareAssertion));
    }

    [Fact]
    public async Task LeavesTheShareEmptyWithoutAmountOrMatchingBudget()
    {
        var (project, funder) = await SeedAsync(new Money(69966m, "EUR"));
        await using var db = database.CreateContext();

        Assert.Null(await FundingShares.RecomputeAsync(db, new Domain.Fundings.Funding(funder, null, project)));
        Assert.Null(await FundingShares.RecomputeAsync(db, new Domain.Fundings.Funding(funder, null, project, 500m, "USD")));
    }

    [Fact]
    public async Task AnAmountAboveTheBudgetIsRefused()
    {
        var (project, funder) = await SeedAsync(new Money(1000m, "EUR"));
        await using var db = database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainException>(() => FundingShares.RecomputeAsync(db, new Domain.Fundings.Funding(funder, null, project, 2000m, "EUR")));
        Assert.Equal(DomainErrorCodes.ShareExceedsBudget, error.Code);
    }

    private async Task<(string Project, string Funder)> SeedAsync(params Money[] budgets) => await SeedAsync(budgets.Select(b => (b, BudgetType.Original)).ToArray());

    private async Task<(string Project, string Funder)> SeedAsync(Money first, Money second, (decimal Amount, string Currency, BudgetType Type) revised) =>
        await SeedAsync((first, BudgetType.Original), (second, BudgetType.Original), (new Money(revised.Amount, revised.Currency), revised.Type));

    private async Task<(string Project, string Funder)> SeedAsync(params (Money Value, BudgetType Type)[] budgets)
    {
        await using var db = database.CreateContext();
        var project = new Project("Shared", ProjectKind.DevelopmentProject);
        var funder = new Organisation("Funder", OrganisationKind.Foundation);
        db.AddRange(project, funder);
        foreach (var (value, type) in budgets)
        {
            db.Budgets.Add(new Budget(project.Id, value, type));
        }

        await db.SaveChangesAsync();
        return (project.Id, funder.Id);
    }
}
