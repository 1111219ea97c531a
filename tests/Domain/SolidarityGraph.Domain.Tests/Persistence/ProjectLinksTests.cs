using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Persistence;

/// <summary><see cref="ProjectLinks"/>: a project's places and classifications replaced by a list, on a real SQLite file.</summary>
public sealed class ProjectLinksTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public async Task PlacesAndClassificationsBecomeTheListKeepingThoseStillListedWithTheirCitations()
    {
        var project = new Project("Looms", ProjectKind.DevelopmentProject);
        var (lima, cusco, puno) = (new Place("Lima", PlaceType.City, "PE"), new Place("Cusco", PlaceType.City, "PE"), new Place("Puno", PlaceType.City, "PE"));
        await using (var db = database.CreateContext())
        {
            db.AddRange(project, lima, cusco, puno);
            await ProjectLinks.SetPlacesAsync(db, project, [lima.Id, cusco.Id]);
            await ProjectLinks.SetClassificationsAsync(db, project, [(ClassificationScheme.SdgGoal, "5"), (ClassificationScheme.SdgGoal, "8")], "steward@example.org");
            await db.SaveChangesAsync();
        }

        string keptLocation;
        await using (var db = database.CreateContext())
        {
            var locations = await db.ProjectLocations.Where(l => l.ProjectId == project.Id).ToListAsync();
            var gone = locations.Single(l => l.PlaceId == lima.Id);
            keptLocation = locations.Single(l => l.PlaceId == cusco.Id).Id;
            var source = new Source("Report", "en", new string('a', 64), DateTime.UtcNow);
            db.Sources.Add(source);
            db.Citations.Add(Citation.Stated(gone.AsSubject(), source.Id, "in Lima", "placeId"));
            await db.SaveChangesAsync();

            await ProjectLinks.SetPlacesAsync(db, project, [cusco.Id, puno.Id, puno.Id]);
            await ProjectLinks.SetClassificationsAsync(db, project, [(ClassificationScheme.SdgGoal, "5")], "steward@example.org");
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var now = await reader.ProjectLocations.Where(l => l.ProjectId == project.Id).ToListAsync();
        Assert.Equal(new[] { cusco.Id, puno.Id }.Order(StringComparer.Ordinal), now.Select(l => l.PlaceId).Order(StringComparer.Ordinal));
        Assert.Contains(now, l => l.Id == keptLocation);
        Assert.False(await reader.Citations.AnyAsync(c => c.Quote == "in Lima"));
        var classification = Assert.Single(await reader.Classifications.Where(c => c.Subject.Id == project.Id).ToListAsync());
        Assert.Equal(("5", AssertionKind.Curated, "steward@example.org"), (classification.Code, classification.Assertion, classification.Curator));
    }

    [Fact]
    public async Task ACodeThatDoesNotFitItsSchemeIsRefusedBeforeAnythingChanges()
    {
        var project = new Project("Looms", ProjectKind.DevelopmentProject);
        await using var db = database.CreateContext();
        db.Add(project);
        await ProjectLinks.SetClassificationsAsync(db, project, [(ClassificationScheme.SdgGoal, "5")], "steward@example.org");
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            ProjectLinks.SetClassificationsAsync(db, project, [(ClassificationScheme.SdgGoal, "18")], "steward@example.org"));

        Assert.Equal(DomainErrorCodes.ClassificationCodeInvalid, error.Code);
        Assert.Equal(EntityState.Unchanged, db.Entry(await db.Classifications.SingleAsync(c => c.Subject.Id == project.Id)).State);
    }
}
