using System.Collections.Concurrent;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// The limits Admins set per application (<see cref="PartnerApplications.LimitsAsync"/>), read at most once per
/// <see cref="Duration"/> per client, so a request pays a dictionary lookup and not a query. The instance that saves
/// an edit forgets its entry at once; every other instance on the same database applies it when its entry expires,
/// so all instances agree at most <see cref="Duration"/> after a save.
/// </summary>
public sealed class PartnerApplicationLimitsCache(IServiceScopeFactory scopes, TimeProvider time, TimeSpan duration)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long a read value is used before it is read again.</summary>
    public TimeSpan Duration => duration;

    /// <summary>The limits saved for <paramref name="clientId"/> (<see cref="PartnerApplicationLimits.None"/> for an unknown id).</summary>
    public async ValueTask<PartnerApplicationLimits> ForAsync(string clientId)
    {
        var now = time.GetUtcNow();
        if (!_entries.TryGetValue(clientId, out var entry) || entry.Expires <= now)
        {
            // One read per client at a time: whoever replaces the missing or expired entry reads, the others await it.
            var fresh = new Entry(new Lazy<Task<PartnerApplicationLimits>>(() => ReadAsync(clientId)), now + duration);
            entry = entry is null
                ? _entries.GetOrAdd(clientId, fresh)
                : _entries.TryUpdate(clientId, fresh, entry) ? fresh : _entries.GetOrAdd(clientId, fresh);
        }

        try
        {
            return await entry.Limits.Value;
        }
        catch
        {
            // A failed read (the database briefly unavailable) is not kept: the next request reads again.
            _entries.TryRemove(new KeyValuePair<string, Entry>(clientId, entry));
            throw;
        }
    }

    /// <summary>Drops what this instance holds for <paramref name="clientId"/>, after an edit or a revocation.</summary>
    public void Forget(string clientId) => _entries.TryRemove(clientId, out _);

    private async Task<PartnerApplicationLimits> ReadAsync(string clientId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<PartnerApplications>().LimitsAsync(clientId);
        return saved?.Limits ?? PartnerApplicationLimits.None;
    }

    private sealed record Entry(Lazy<Task<PartnerApplicationLimits>> Limits, DateTimeOffset Expires);
}
