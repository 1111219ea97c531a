using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Persistence;

public sealed class RoundTripTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public async Task FundingAndBudgetKeepExactAmountsAndTheDerivedShare()
    {
        var (funding, budget) = await SaveP3FundingAsync(16322.00m);

        await using var reader = database.CreateContext();
        var storedFunding = await reader.Fundings.AsNoTracking().SingleAsync(f => f.Id == funding.Id);
        var storedBudget = await reader.Budgets.AsNoTracking().SingleAsync(b => b.Id == budget.Id);
        Assert.Equal(16322.00m, storedFunding.Amount);
        Assert.Equal("EUR", storedFunding.Currency);
        Assert.Equal(0.2333m, storedFunding.Share);
        Assert.Equal(AssertionKind.Derived, storedFunding.ShareAssertion);
        Assert.Equal(new Money(69966m, "EUR"), storedBudget.Value);
    }

    [Fact]
    public async Task UnknownAmountIsStoredAsNullNotZero()
    {
        await using var context = database.CreateContext();
        var (funder, recipient) = (new Organisation("Generalitat Valenciana", OrganisationKind.RegionalGovernment), new Organisation("Alliance for Solidarity", OrganisationKind.Ngo));
        var funding = new Funding(funder.Id, recipient.Id, null);
        context.AddRange(funder, recipient, funding);
        await context.SaveChangesAsync();

        await using var reader = database.CreateContext();
        Assert.Null(await reader.Fundings.Where(f => f.Id == funding.Id).Select(f => f.Amount).SingleAsync());
        Assert.Equal(0, await reader.Fundings.CountAsync(f => f.Id == funding.Id && f.Amount == 0m));
    }

    [Fact]
    public async Task DecimalsSortAndCompareInTheDatabase()
    {
        var small = (await SaveP3FundingAsync(999.99m)).Funding.Id;
        var large = (await SaveP3FundingAsync(10000.5m)).Funding.Id;
        string[] ids = [small, large];

        await using var reader = database.CreateContext();
        var ordered = await reader.Fundings.Where(f => ids.Contains(f.Id)).OrderBy(f => f.Amount).Select(f => f.Id).ToListAsync();
        var above = await reader.Fundings.Where(f => ids.Contains(f.Id) && f.Amount > 1000m).Select(f => f.Id).ToListAsync();

        Assert.Equal(new[] { small, large }, ordered); // as text "10000.5" would sort before "999.99"
        Assert.Equal(new[] { large }, above);
    }

    [Fact]
    public async Task ProjectKeepsPartialDatesListsAndExternalIds()
    {
        await using var context = database.CreateContext();
        var project = new Project("Policy Advocacy Project", ProjectKind.AdvocacyProject)
            .Describe(objectives: ["strengthening of SSE networks at local, national and regional level"])
            .SetStatus(ActivityStatus.Pipeline)
            .SetDate(ActivityDateType.PlannedStart, PartialDate.OfYear(2020))
            .SetDate(ActivityDateType.PlannedEnd, PartialDate.OfYear(2021, approximate: true))
            .AddExternalId(new ExternalId(ExternalIdScheme.IatiActivity, "XI-IATI-SGDEMO-P0002"));
        context.Projects.Add(project);
        await context.SaveChangesAsync();

        await using var reader = database.CreateContext();
        var stored = await reader.Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id);
        Assert.Equal(PartialDate.Parse("2021~"), stored.DateOf(ActivityDateType.PlannedEnd));
        Assert.Equal(project.Objectives, stored.Objectives);
        Assert.Equal("XI-IATI-SGDEMO-P0002", Assert.Single(stored.ExternalIds).Value);
        Assert.True(stored.Exportable);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
    }

    [Fact]
    public async Task CitationsAndEventsKeepTheirSubjectsAndLists()
    {
        await using var context = database.CreateContext();
        var source = new Source("GSEF capacity building workshop", "en", new string('a', 64), DateTime.UtcNow);
        var workshop = new Event("Capacity Building Workshop on the Social and Solidarity Economy in Mexico", EventType.Workshop)
            .Schedule(PartialDate.OfDay(2019, 11, 27), PartialDate.OfDay(2019, 11, 28))
            .Describe(audienceTypes: ["MUNICIPAL_GOV", "SSE_ACTORS"], featuredExperiences: [new FeaturedExperience("Quebec, Canada")]);
        var citation = Citation.Stated(workshop.AsSubject(), source.Id, "27 Nov 2019 to 28 Nov 2019", "start", "end");
        context.AddRange(source, workshop, citation);
        await context.SaveChangesAsync();

        await using var reader = database.CreateContext();
        var storedCitation = await reader.Citations.AsNoTracking().SingleAsync(c => c.Subject.Kind == NodeKind.Event && c.Subject.Id == workshop.Id);
        var storedEvent = await reader.Events.AsNoTracking().SingleAsync(e => e.Id == workshop.Id);
        Assert.Equal(new[] { "start", "end" }, storedCitation.Supports);
        Assert.Equal(new[] { "MUNICIPAL_GOV", "SSE_ACTORS" }, storedEvent.AudienceTypes);
        Assert.Equal("Quebec, Canada", Assert.Single(storedEvent.FeaturedExperiences).Label);
        Assert.Equal(PartialDate.OfDay(2019, 11, 27), storedEvent.Start);
    }

    [Fact]
    public async Task EnumsAreStoredByName()
    {
        await using var context = database.CreateContext();
        var place = new Place("Cochabamba", PlaceType.Admin1, "BO").SetCodes("BO-C");
        context.Places.Add(place);
        await context.SaveChangesAsync();

        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Type\" FROM \"Places\" WHERE \"Id\" = '{place.Id}'";
        Assert.Equal("Admin1", await command.ExecuteScalarAsync());
    }

    private async Task<(Funding Funding, Budget Budget)> SaveP3FundingAsync(decimal amount)
    {
        await using var context = database.CreateContext();
        var setec = new Organisation("setec Foundation", OrganisationKind.Foundation);
        var manoAMano = new Organisation("Mano a Mano Peru", OrganisationKind.Association);
        var project = new Project("Supporting women's emancipation", ProjectKind.DevelopmentProject);
        var budget = new Budget(project.Id, new Money(69966.00m, "EUR"));
        var funding = new Funding(setec.Id, manoAMano.Id, project.Id, amount, "EUR");
        funding.DeriveShare(budget);
        context.AddRange(setec, manoAMano, project, budget, funding);
        await context.SaveChangesAsync();
        return (funding, budget);
    }
}
