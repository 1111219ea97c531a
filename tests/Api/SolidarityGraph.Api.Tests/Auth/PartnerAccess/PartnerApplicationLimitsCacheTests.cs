using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.RateLimits;
using SolidarityGraph.Api.Tests.Pages.Admin;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// Two instances on one database: the one that saves an application's limits applies them at once, the other when its
/// cached read expires (<c>RateLimits:AdminLimitsCacheDuration</c>), on a clock the test moves.
/// </summary>
public sealed class PartnerApplicationLimitsCacheTests : IAsyncLifetime
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new();
    private readonly AdminHost _a;
    private readonly AdminHost _b;

    public PartnerApplicationLimitsCacheTests()
    {
        _a = new AdminHost { Settings = Settings };
        _b = new AdminHost { Settings = Settings, SharesDatabaseWith = _a, TestServices = services => services.AddSingleton<TimeProvider>(_clock) };
    }

    private static Dictionary<string, string> Settings => new() { ["RateLimits:AdminLimitsCacheDuration"] = Duration.ToString(), ["RateLimits:MaxCost"] = "1000" };

    public async Task InitializeAsync()
    {
        await using var scope = _a.Services.CreateAsyncScope();
        var (_, problems) = await scope.ServiceProvider.GetRequiredService<Api.Auth.PartnerAccess.PartnerApplications>()
            .RegisterAsync(new PartnerApplicationDraft("atlas-maps", "Atlas Maps", null, "graph.read", []));
        Assert.Empty(problems);
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    [Fact]
    public async Task TheOtherInstanceAppliesAnEditWithinTheCacheDuration()
    {
        Assert.Equal(1000, await MaxCostOnAsync(_b));

        await using (var scope = _a.Services.CreateAsyncScope())
        {
            var (found, problems) = await scope.ServiceProvider.GetRequiredService<Api.Auth.PartnerAccess.PartnerApplications>()
                .SetLimitsAsync("atlas-maps", new PartnerApplicationLimits(null, null, 40, null), version: 0);
            Assert.True(found);
            Assert.Empty(problems);
        }

        Assert.Equal(40, await MaxCostOnAsync(_a));
        _clock.Advance(Duration - TimeSpan.FromSeconds(1));
        Assert.Equal(1000, await MaxCostOnAsync(_b));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(40, await MaxCostOnAsync(_b));
    }

    // What the instance's cost check uses for a token of atlas-maps.
    private static async Task<double?> MaxCostOnAsync(AdminHost host)
    {
        var saved = await host.Services.GetRequiredService<PartnerApplicationLimitsCache>().ForAsync("atlas-maps");
        return host.Services.GetRequiredService<RateLimitOptions>().For(new Caller("client:atlas-maps", "atlas-maps"), saved).MaxCost;
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
