using System.Net;
using SolidarityGraph.Api.Extensions;

namespace SolidarityGraph.Api.Tests;

/// <summary>The start-up log advertises only surfaces that answer (no planned-but-missing endpoints).</summary>
public sealed class StartupSurfaceTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EveryAdvertisedSurfaceAnswers()
    {
        using var factory = new ApiFactory(_database.ConnectionString);
        using var client = factory.CreateClient();

        Assert.NotEmpty(StartupLogExtensions.Surfaces);
        foreach (var (label, path) in StartupLogExtensions.Surfaces)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode != HttpStatusCode.NotFound, $"{label} ({path}) is advertised but answers 404");
        }
    }
}
