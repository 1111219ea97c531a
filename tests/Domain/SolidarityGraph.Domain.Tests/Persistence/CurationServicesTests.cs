using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Persistence;

/// <summary>The domain services the admin pages and GraphQL mutations share, against a real SQLite file.</summary>
public sealed class CurationServicesTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public async Task LinkingAFunderAddsTheFundingAndOneFundingParticipation()
    {
        var (projectId, funderId) = await CreateProjectAndFunderAsync();

        await using (var db = database.CreateContext())
        {
            await FundingLinks.LinkFunderAsync(db, new FunderLink(projectId, funderId, 5000m, "EUR", FundingInstrument.Grant));
            await db.SaveChangesAsync();
            await FundingLinks.LinkFunderAsync(db, new FunderLink(projectId, funderId, null, null));
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var fundings = await reader.Fundings.Where(f => f.ProjectId == projectId).OrderBy(f => f.Amount).ToListAsync();
        Assert.Equal([null, 5000m], fundings.Select(f => f.Amount));
        Assert.Equal(1, await reader.Participations.CountAsync(p => p.ProjectId == projectId && p.Role == ParticipationRole.Funding));
    }

    [Fact]
    public async Task LinkingRejectsAnAmountWithoutCurrencyAndUnknownIds()
    {
        var (projectId, funderId) = await CreateProjectAndFunderAsync();
        await using var db = database.CreateContext();

        Assert.Equal(DomainErrorCodes.FundingCurrencyRequired,
            (await Assert.ThrowsAsync<DomainException>(() => FundingLinks.LinkFunderAsync(db, new FunderLink(projectId, funderId, 10m, " ")))).Code);
        Assert.Equal(FundingLinks.NotFound,
            (await Assert.ThrowsAsync<DomainException>(() => FundingLinks.LinkFunderAsync(db, new FunderLink(projectId, EntityId.New(), 10m, "EUR")))).Code);
    }

    [Fact]
    public async Task RecordingAValueCreatesTheIndicatorOnceAndAVerifiedCitation()
    {
        var (projectId, _) = await CreateProjectAndFunderAsync();
        const string text = "About 303 women were trained in bakery.";
        string sourceId;
        await using (var db = database.CreateContext())
        {
            var source = new Source("Report", "en", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), DateTime.UtcNow);
            SourceText.ArchiveVerified(source, Encoding.UTF8.GetBytes(text));
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            sourceId = source.Id;
            var report = new IndicatorValueReport(projectId, null, "SG:WOMEN_TRAINED", "Women trained", null, IndicatorValueKind.Actual, 303m, Comparator.Approx, sourceId, "About 303 women");
            await IndicatorValueRecorder.RecordAsync(db, report);
            await db.SaveChangesAsync();
            Assert.Equal(SourceText.QuoteNotInSource,
                (await Assert.ThrowsAsync<DomainException>(() => IndicatorValueRecorder.RecordAsync(db, report with { Quote = "About 330 women" }))).Code);
        }

        await using var reader = database.CreateContext();
        var value = await (from r in reader.Results
                           join i in reader.Indicators on r.Id equals i.ResultId
                           join v in reader.IndicatorValues on i.Id equals v.IndicatorId
                           where r.ProjectId == projectId
                           select v).SingleAsync();
        Assert.Equal(Comparator.Approx, value.Comparator);
        var citation = await reader.Citations.SingleAsync(c => c.Subject.Id == value.Id);
        Assert.Equal((0, 15), (citation.CharStart, citation.CharEnd));
        Assert.Equal(sourceId, citation.SourceId);
    }

    [Fact]
    public async Task DeletionIsRefusedWhileReferencedAndTakesOwnCitationsAlong()
    {
        var (projectId, funderId) = await CreateProjectAndFunderAsync();
        await using (var db = database.CreateContext())
        {
            await FundingLinks.LinkFunderAsync(db, new FunderLink(projectId, funderId, null, null));
            await db.SaveChangesAsync();
            var funder = await db.Organisations.SingleAsync(o => o.Id == funderId);
            var dependents = await DeletionGuard.FindDependentsAsync(db, funder);
            Assert.Contains(new Dependent("Funding", "FunderId", 1), dependents);
            Assert.Contains(new Dependent("Participation", "OrganisationId", 1), dependents);
            Assert.Equal(DeletionGuard.HasDependents, (await Assert.ThrowsAsync<DomainException>(() => DeletionGuard.DeleteAsync(db, funder))).Code);
        }

        string loneId;
        await using (var db = database.CreateContext())
        {
            var lone = new Organisation("Lone group", OrganisationKind.InformalGroup);
            db.Organisations.Add(lone);
            var source = new Source("S", "en", new string('a', 64), DateTime.UtcNow);
            db.Sources.Add(source);
            db.Citations.Add(Citation.Stated(lone.AsSubject(), source.Id, "Lone group", "name"));
            await db.SaveChangesAsync();
            loneId = lone.Id;
            Assert.All(await DeletionGuard.FindDependentsAsync(db, lone), d => Assert.True(DeletionGuard.IsOwnProvenance(d)));
            await DeletionGuard.DeleteAsync(db, lone);
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        Assert.False(await reader.Organisations.AnyAsync(o => o.Id == loneId));
        Assert.False(await reader.Citations.AnyAsync(c => c.Subject.Id == loneId));
    }

    private async Task<(string ProjectId, string FunderId)> CreateProjectAndFunderAsync()
    {
        await using var db = database.CreateContext();
        var project = new Project("Test project", ProjectKind.DevelopmentProject);
        var funder = new Organisation("Test foundation", OrganisationKind.Foundation);
        db.AddRange(project, funder);
        await db.SaveChangesAsync();
        return (project.Id, funder.Id);
    }
}
