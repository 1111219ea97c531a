using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Persistence;

public sealed class ConcurrencyTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public async Task SecondOfTwoConcurrentEditsIsRejectedAndTheFirstSurvives()
    {
        var projectId = await CreateProjectAsync("Original title");

        await using var alice = database.CreateContext("alice");
        await using var bob = database.CreateContext("bob");
        var alicesCopy = await alice.Projects.SingleAsync(p => p.Id == projectId);
        var bobsCopy = await bob.Projects.SingleAsync(p => p.Id == projectId);

        alicesCopy.Retitle("Alice's title");
        bobsCopy.Retitle("Bob's title");
        await alice.SaveChangesAsync();
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => bob.SaveChangesAsync());

        Assert.Equal(DomainErrorCodes.ConcurrencyConflict, conflict.Code);
        Assert.Equal(
            $"Project {projectId} was changed by someone else since it was loaded; reload it and apply your edit again.",
            conflict.Message);
        Assert.IsType<DbUpdateConcurrencyException>(conflict.InnerException);

        await using var reader = database.CreateContext();
        var stored = await reader.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId);
        Assert.Equal("Alice's title", stored.Title);
        Assert.Equal(2, stored.Version);

        var outcomes = await reader.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == projectId && a.Action == AuditAction.Updated)
            .OrderBy(a => a.Timestamp)
            .Select(a => new { a.Actor, a.Outcome })
            .ToListAsync();
        Assert.Equal(new[] { ("alice", AuditOutcome.Succeeded), ("bob", AuditOutcome.Conflict) }, outcomes.Select(o => (o.Actor, o.Outcome)));
    }

    [Fact]
    public async Task EveryUpdateIncrementsTheVersion()
    {
        var projectId = await CreateProjectAsync("Versioned");

        for (var expected = 2; expected <= 3; expected++)
        {
            await using var context = database.CreateContext();
            var project = await context.Projects.SingleAsync(p => p.Id == projectId);
            project.Retitle($"Versioned {expected}");
            await context.SaveChangesAsync();
            Assert.Equal(expected, project.Version);
        }
    }

    [Fact]
    public async Task EditingOnlyAnOwnedValueStillGuardsTheAggregate()
    {
        var projectId = await CreateProjectAsync("Budgeted");
        string budgetId;
        await using (var setup = database.CreateContext())
        {
            var budget = new Budget(projectId, new Money(69966m, "EUR"));
            setup.Budgets.Add(budget);
            await setup.SaveChangesAsync();
            budgetId = budget.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Budgets.SingleAsync(b => b.Id == budgetId);
        var b = await second.Budgets.SingleAsync(b => b.Id == budgetId);

        // Money is an owned value: replacing it leaves the Budget row itself "unchanged" to EF.
        a.Revise(new Money(70000m, "EUR"), BudgetType.Revised, BudgetStatus.Committed);
        b.Revise(new Money(80000m, "EUR"), BudgetType.Revised, BudgetStatus.Committed);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());
        await using var reader = database.CreateContext();
        var stored = await reader.Budgets.AsNoTracking().SingleAsync(x => x.Id == budgetId);
        Assert.Equal(new Money(70000m, "EUR"), stored.Value);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task AddingAnExternalIdMovesTheOwnersVersion()
    {
        var projectId = await CreateProjectAsync("Identified");

        await using var context = database.CreateContext();
        var project = await context.Projects.SingleAsync(p => p.Id == projectId);
        project.AddExternalId(new ExternalId(ExternalIdScheme.IatiActivity, "XI-IATI-SGDEMO-P0003"));
        await context.SaveChangesAsync();

        Assert.Equal(2, project.Version);
    }

    [Fact]
    public async Task EditingProjectDatesIsAnUpdate()
    {
        var projectId = await CreateProjectAsync("Dated");

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        (await first.Projects.SingleAsync(p => p.Id == projectId)).SetDate(ActivityDateType.PlannedEnd, PartialDate.OfMonth(2025, 11));
        (await second.Projects.SingleAsync(p => p.Id == projectId)).SetDate(ActivityDateType.PlannedEnd, PartialDate.OfMonth(2026, 1));
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());
        await using var reader = database.CreateContext();
        var stored = await reader.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId);
        Assert.Equal(PartialDate.OfMonth(2025, 11), stored.DateOf(ActivityDateType.PlannedEnd));
    }

    [Fact]
    public async Task DeletingAStaleCopyIsRejected()
    {
        var projectId = await CreateProjectAsync("Delete me");

        await using var editor = database.CreateContext();
        await using var deleter = database.CreateContext();
        var edited = await editor.Projects.SingleAsync(p => p.Id == projectId);
        var deleted = await deleter.Projects.SingleAsync(p => p.Id == projectId);
        edited.Retitle("Kept");
        await editor.SaveChangesAsync();
        deleter.Projects.Remove(deleted);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => deleter.SaveChangesAsync());
        await using var reader = database.CreateContext();
        Assert.True(await reader.Projects.AnyAsync(p => p.Id == projectId));
    }

    [Fact]
    public async Task SynchronousSaveAlsoTranslatesConflicts()
    {
        var projectId = await CreateProjectAsync("Sync");

        using var first = database.CreateContext();
        using var second = database.CreateContext();
        first.Projects.Single(p => p.Id == projectId).Retitle("First");
        second.Projects.Single(p => p.Id == projectId).Retitle("Second");
        first.SaveChanges();

        Assert.Throws<ConcurrencyConflictException>(() => second.SaveChanges());
    }

    private async Task<string> CreateProjectAsync(string title)
    {
        await using var context = database.CreateContext();
        var project = new Project(title, ProjectKind.DevelopmentProject);
        context.Projects.Add(project);
        await context.SaveChangesAsync();
        Assert.Equal(1, project.Version);
        return project.Id;
    }
}
