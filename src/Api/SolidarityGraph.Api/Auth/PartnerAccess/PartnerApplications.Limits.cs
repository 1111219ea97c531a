using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence.Auditing;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// An application's own limits, kept in its OpenIddict properties (a JSON object under <see cref="LimitsProperty"/>,
/// like its contact): they are part of the application, go with it when it is revoked, are audited with it, and need
/// no table of their own in either database. Each save raises their version, which a stale edit is checked against.
/// </summary>
public sealed partial class PartnerApplications
{
    private const string LimitsProperty = "limits";

    /// <summary>
    /// The limits saved for <paramref name="clientId"/> and their version, or null for an unknown client. Read from the
    /// database itself, not through OpenIddict's application cache, which would keep another instance's edit from view.
    /// </summary>
    public async Task<SavedLimits?> LimitsAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var rows = await identity.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking()
            .Where(a => a.ClientId == clientId)
            .Select(a => new { a.Properties })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        using var properties = JsonDocument.Parse(string.IsNullOrEmpty(rows[0].Properties) ? "{}" : rows[0].Properties!);
        return properties.RootElement.TryGetProperty(LimitsProperty, out var limits) ? Read(limits) : new SavedLimits(PartnerApplicationLimits.None, 0);
    }

    /// <summary>
    /// Saves <paramref name="limits"/> for <paramref name="clientId"/> if they are still at <paramref name="version"/>;
    /// returns false for an unknown client, or the broken rules. A stale edit (someone saved since) throws
    /// <see cref="ConcurrencyConflictException"/> and saves nothing. This instance applies the new limits at once, the
    /// others within <see cref="PartnerApplicationLimitsCache.Duration"/>.
    /// </summary>
    public async Task<(bool Found, IReadOnlyList<PartnerApplicationProblem> Problems)> SetLimitsAsync(
        string clientId, PartnerApplicationLimits limits, long version, CancellationToken cancellationToken = default)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return (false, []);
        }

        if (limits.Problems() is { Count: > 0 } problems)
        {
            return (true, problems);
        }

        var saved = await LimitsAsync(clientId, cancellationToken) ?? new SavedLimits(PartnerApplicationLimits.None, 0);
        if (saved.Version != version)
        {
            throw Stale(clientId, null);
        }

        var before = await SnapshotAsync(application, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.Properties[LimitsProperty] = JsonSerializer.SerializeToElement(
            new StoredLimits(limits.PointsPerHour, limits.RequestsPerWindow, limits.MaxCost, limits.TrustedDocumentsOnly, saved.Version + 1), JsonSerializerOptions.Web);
        try
        {
            // OpenIddict checks the application's concurrency token, so two saves of one version cannot both win.
            await applications.UpdateAsync(application, descriptor, cancellationToken);
        }
        catch (OpenIddictExceptions.ConcurrencyException exception)
        {
            throw Stale(clientId, exception);
        }

        limitsCache.Forget(clientId);
        await AuditAsync(clientId, AuditAction.Updated, before, await SnapshotAsync(application, cancellationToken), cancellationToken);
        return (true, []);
    }

    private static SavedLimits ReadLimits(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(LimitsProperty, out var json) ? Read(json) : new SavedLimits(PartnerApplicationLimits.None, 0);

    private static SavedLimits Read(JsonElement json) =>
        json.Deserialize<StoredLimits>(JsonSerializerOptions.Web) is { } stored
            ? new SavedLimits(new PartnerApplicationLimits(stored.PointsPerHour, stored.RequestsPerWindow, stored.MaxCost, stored.TrustedDocumentsOnly), stored.Version)
            : new SavedLimits(PartnerApplicationLimits.None, 0);

    private static ConcurrencyConflictException Stale(string clientId, Exception? inner) => new([$"{AuditType} {clientId}"], inner);

    // The stored shape: the values, null where the configured default applies, and the version.
    private sealed record StoredLimits(long? PointsPerHour, long? RequestsPerWindow, long? MaxCost, bool? TrustedDocumentsOnly, long Version);
}
