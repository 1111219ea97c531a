using System.Collections.Concurrent;

namespace SolidarityGraph.Api.RateLimits;

/// <summary>
/// Each caller's points per budget window (an hour by default), GitHub-style: a request costs
/// <see cref="PointsFor"/> its static cost, at least one point; a window starts with the caller's first request and
/// resets an hour later. Kept in memory: a restart gives every caller a fresh budget.
/// </summary>
public sealed class PointsBudget(RateLimitOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Points for a static cost: one per started hundred, at least one (GitHub divides by 100 the same way).</summary>
    public static int PointsFor(double cost) => Math.Max(1, (int)Math.Ceiling(cost / 100));

    /// <summary>Charges <paramref name="points"/> when they fit in the caller's remaining budget.</summary>
    public BudgetState TryCharge(string key, int limit, int points)
    {
        var now = time.GetUtcNow();
        var window = _windows.AddOrUpdate(
            key,
            _ => new Window(now),
            (_, existing) => now >= existing.Start + options.BudgetWindow ? new Window(now) : existing);
        lock (window)
        {
            var allowed = window.Used + points <= limit;
            if (allowed)
            {
                window.Used += points;
            }

            return new BudgetState(allowed, limit, allowed ? points : 0, window.Used, Math.Max(0, limit - window.Used), window.Start + options.BudgetWindow);
        }
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Used { get; set; }
    }
}

/// <summary>A caller's budget after a request: what <c>rateLimit</c> and the <c>X-RateLimit-*</c> headers report.</summary>
/// <param name="Allowed">Whether the request's points fitted.</param>
/// <param name="Limit">Points per window.</param>
/// <param name="Cost">Points charged for this request.</param>
/// <param name="Used">Points spent in the window.</param>
/// <param name="Remaining">Points left in the window.</param>
/// <param name="ResetAt">When the window ends and the budget is full again.</param>
public sealed record BudgetState(bool Allowed, int Limit, int Cost, int Used, int Remaining, DateTimeOffset ResetAt);
