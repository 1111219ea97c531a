using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// Read contexts come from a pool per options instance: a request's contexts go back at its end and the next request
/// gets them reset (no tracked entities, no tracking), instead of building EF Core's services anew for each.
/// </summary>
public sealed class ReadContextsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task ARequestsContextsReturnToThePoolAndComeBackReset()
    {
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraph(_database.Settings);
        var options = builder.Options;
        await DatabaseInitializer.InitializeAsync(_database.Settings);

        SolidarityGraphDbContext first;
        await using (var request = new ReadContexts(options))
        {
            first = request.Create();
            first.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            first.Add(new Domain.Organisations.Organisation("Never saved", Domain.Organisations.OrganisationKind.Network));
            Assert.NotSame(first, request.Create()); // two at once are two contexts
        }

        await using var next = new ReadContexts(options);
        var again = next.Create();

        Assert.Same(first, again);
        Assert.Empty(again.ChangeTracker.Entries());
        Assert.Equal(QueryTrackingBehavior.NoTracking, again.ChangeTracker.QueryTrackingBehavior);
        Assert.Equal(0, await again.Organisations.CountAsync(o => o.Name == "Never saved"));
    }

    public void Dispose() => _database.Dispose();
}
