using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Tests.Persistence;

/// <summary>Stale edits loaded with <see cref="AuditedEdits"/> fail at save time and are audited as conflicts.</summary>
public sealed class AuditedEditsTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public async Task CurrentVersionSavesAndMovesTheVersionOn()
    {
        var id = await CreateProjectAsync();
        await using (var db = database.CreateContext())
        {
            var project = await db.LoadForEditAsync<Project>(id, 1);
            project!.Retitle("Renamed");
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var saved = await reader.Projects.SingleAsync(p => p.Id == id);
        Assert.Equal(("Renamed", 2L), (saved.Title, saved.Version));
    }

    [Fact]
    public async Task StaleVersionThrowsAndIsAuditedAsConflictEvenWithoutChanges()
    {
        var id = await CreateProjectAsync();
        await using (var db = database.CreateContext())
        {
            db.Actor = "ada";
            var project = await db.LoadForEditAsync<Project>(id, 0);
            Assert.NotNull(project);
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.SaveChangesAsync());
        }

        await using var reader = database.CreateContext();
        Assert.Equal(1L, (await reader.Projects.SingleAsync(p => p.Id == id)).Version);
        var audit = await reader.AuditEntries.Where(a => a.EntityId == id && a.Outcome == AuditOutcome.Conflict).ToListAsync();
        Assert.Equal("ada", Assert.Single(audit).Actor);
    }

    [Fact]
    public async Task StaleRemovalThrowsAndKeepsTheRow()
    {
        var id = await CreateProjectAsync();
        await using (var db = database.CreateContext())
        {
            db.Remove((await db.LoadForEditAsync<Project>(id, 7))!);
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.SaveChangesAsync());
        }

        await using var reader = database.CreateContext();
        Assert.True(await reader.Projects.AnyAsync(p => p.Id == id));
    }

    [Fact]
    public async Task MissingRowGivesNull()
    {
        await using var db = database.CreateContext();
        Assert.Null(await db.LoadForEditAsync<Project>(EntityId.New(), 1));
    }

    private async Task<string> CreateProjectAsync()
    {
        await using var db = database.CreateContext();
        var project = new Project("Audited", ProjectKind.DevelopmentProject);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    }
}
