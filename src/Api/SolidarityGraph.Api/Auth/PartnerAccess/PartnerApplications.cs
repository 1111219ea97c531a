using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Auditing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// The one edit path of partner applications: register, rotate the secret, set the limits, revoke, list. Used by the
/// admin pages and by the <c>create-client</c>, <c>rotate-client-secret</c> and <c>revoke-client</c> verbs. Secrets are stored hashed
/// by OpenIddict and returned once; every change lands in the audit trail (entity type <see cref="AuditType"/>, keyed
/// by client id, by <see cref="SolidarityGraphDbContext.Actor"/>), never with a secret.
/// </summary>
public sealed partial class PartnerApplications(
    IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, AdminIdentityDbContext identity, SolidarityGraphDbContext audit,
    PartnerApplicationLimitsCache limitsCache)
{
    /// <summary>Shortest secret accepted (characters); generated secrets are 43 (256 bits in base64url).</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Entity type of the audit entries.</summary>
    public const string AuditType = "PartnerApplication";

    /// <summary>Client id of Banana Cake Pop, the GraphQL IDE served at <c>/graphql/</c>, registered by the server.</summary>
    public const string IdeClientId = "banana-cake-pop";

    // Extra values kept in the application's properties (OpenIddict has no columns for them).
    private const string ContactProperty = "contact";
    private const string CreatedProperty = "created";

    /// <summary>Registers <paramref name="draft"/>; returns the secret (empty for public clients) or the problems.</summary>
    public async Task<(string? Secret, IReadOnlyList<PartnerApplicationProblem> Problems)> RegisterAsync(
        PartnerApplicationDraft draft, CancellationToken cancellationToken = default)
    {
        var problems = draft.Problems();
        if (problems.Count == 0 && await applications.FindByClientIdAsync(draft.ClientId, cancellationToken) is not null)
        {
            problems = [new(nameof(draft.ClientId), $"A client with the id '{draft.ClientId}' already exists.")];
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = draft.ClientId,
            DisplayName = string.IsNullOrWhiteSpace(draft.Name) ? draft.ClientId : draft.Name.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation },
            Properties = { [CreatedProperty] = JsonSerializer.SerializeToElement(DateTimeOffset.UtcNow) },
        };
        if (!string.IsNullOrWhiteSpace(draft.Contact))
        {
            descriptor.Properties[ContactProperty] = JsonSerializer.SerializeToElement(draft.Contact.Trim());
        }

        string? secret = null;
        if (draft.IsForPeople)
        {
            descriptor.ClientType = ClientTypes.Public;
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + Scopes.OfflineAccess]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(draft.RedirectUris.Select(u => new Uri(u)));
        }
        else
        {
            secret = draft.Secret ?? NewSecret();
            descriptor.ClientSecret = secret;
            descriptor.ClientType = ClientTypes.Confidential;
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Introspection, Permissions.GrantTypes.ClientCredentials]);
        }

        descriptor.Permissions.UnionWith(PartnerScopes.Parse(draft.Scopes).Known.Select(s => Permissions.Prefixes.Scope + s));
        var application = await applications.CreateAsync(descriptor, cancellationToken);
        await AuditAsync(draft.ClientId, AuditAction.Created, null, await SnapshotAsync(application, cancellationToken), cancellationToken);
        return (secret ?? "", []);
    }

    /// <summary>
    /// Replaces the secret of a confidential client: the old one stops working at once. Returns the new secret, or a
    /// problem (unknown client, or a public client, which has no secret).
    /// </summary>
    public async Task<(string? Secret, string? Problem)> RotateSecretAsync(string clientId, string? secret = null, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return (null, $"No client with the id '{clientId}'.");
        }

        if (!await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken))
        {
            return (null, $"'{clientId}' is an application for people (code flow): it has no secret to rotate.");
        }

        secret ??= NewSecret();
        var before = await SnapshotAsync(application, cancellationToken);
        await applications.UpdateAsync(application, secret, cancellationToken);
        // The secret itself is never recorded; the entry says that it changed.
        await AuditAsync(clientId, AuditAction.Updated, before, before.Replace("\"secret\":\"set\"", "\"secret\":\"replaced\"", StringComparison.Ordinal), cancellationToken);
        return (secret, null);
    }

    /// <summary>Revokes the application's tokens and deletes it, so its live tokens fail on their next request.</summary>
    public async Task<bool> RevokeAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var before = await SnapshotAsync(application, cancellationToken);
        var id = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(id!, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        limitsCache.Forget(clientId);
        await AuditAsync(clientId, AuditAction.Deleted, before, null, cancellationToken);
        return true;
    }

    /// <summary>
    /// Every application by name. "Last used" is when it last obtained a token: the newest creation date among its
    /// entries in OpenIddict's token store (each issued access token, code and refresh token has one, because tokens
    /// are validated against their entry), so no request pays for bookkeeping.
    /// </summary>
    public async Task<IReadOnlyList<PartnerApplicationSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var lastUsed = await identity.Set<OpenIddictEntityFrameworkCoreToken>()
            .Where(t => t.Application != null && t.CreationDate != null)
            .GroupBy(t => t.Application!.Id)
            .Select(g => new { Id = g.Key!, Last = g.Max(t => t.CreationDate) })
            .ToDictionaryAsync(x => x.Id, x => x.Last, cancellationToken);
        var list = new List<PartnerApplicationSummary>();
        await foreach (var application in applications.ListAsync(cancellationToken: cancellationToken))
        {
            var id = await applications.GetIdAsync(application, cancellationToken) ?? "";
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            var clientId = await applications.GetClientIdAsync(application, cancellationToken) ?? "";
            list.Add(new PartnerApplicationSummary(
                clientId,
                await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId,
                properties.TryGetValue(ContactProperty, out var contact) ? contact.GetString() : null,
                await applications.HasClientTypeAsync(application, ClientTypes.Public, cancellationToken),
                await ScopesAsync(application, cancellationToken),
                (await applications.GetRedirectUrisAsync(application, cancellationToken)).ToArray(),
                properties.TryGetValue(CreatedProperty, out var created) ? created.GetDateTimeOffset() : null,
                lastUsed.TryGetValue(id, out var last) && last is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null,
                ReadLimits(properties).Limits));
        }

        return list.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(a => a.ClientId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Registers the IDE's public client (code flow with PKCE, every scope; a person's token still carries at most what
    /// their role allows) with <paramref name="redirectUri"/>, the IDE's own address, or points it there.
    /// </summary>
    public async Task<IReadOnlyList<PartnerApplicationProblem>> EnsureIdeClientAsync(Uri redirectUri, CancellationToken cancellationToken = default)
    {
        if (await applications.FindByClientIdAsync(IdeClientId, cancellationToken) is not { } application)
        {
            var draft = new PartnerApplicationDraft(IdeClientId, "Banana Cake Pop", "Built in: the GraphQL IDE at /graphql/",
                string.Join(' ', PartnerScopes.All), [redirectUri.AbsoluteUri]);
            return (await RegisterAsync(draft, cancellationToken)).Problems;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        if (descriptor.RedirectUris.SequenceEqual([redirectUri]))
        {
            return [];
        }

        var before = await SnapshotAsync(application, cancellationToken);
        descriptor.RedirectUris.Clear();
        descriptor.RedirectUris.Add(redirectUri);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        await AuditAsync(IdeClientId, AuditAction.Updated, before, await SnapshotAsync(application, cancellationToken), cancellationToken);
        return [];
    }

    /// <summary>A new 256-bit secret in base64url.</summary>
    public static string NewSecret() => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private async Task<string[]> ScopesAsync(object application, CancellationToken cancellationToken) =>
        (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Where(PartnerScopes.All.Contains)
            .ToArray();

    // What the audit shows of an application: everything a steward set, never the secret (only whether one exists).
    private async Task<string> SnapshotAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        var confidential = await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken);
        return JsonSerializer.Serialize(new
        {
            clientId = await applications.GetClientIdAsync(application, cancellationToken),
            name = await applications.GetDisplayNameAsync(application, cancellationToken),
            contact = properties.TryGetValue(ContactProperty, out var contact) ? contact.GetString() : null,
            type = confidential ? "client credentials" : "code flow",
            scopes = string.Join(' ', await ScopesAsync(application, cancellationToken)),
            redirectUris = (await applications.GetRedirectUrisAsync(application, cancellationToken)).ToArray(),
            secret = confidential ? "set" : "none",
            limits = ReadLimits(properties).Limits,
        });
    }

    private async Task AuditAsync(string clientId, AuditAction action, string? before, string? after, CancellationToken cancellationToken)
    {
        audit.AddAuditEntry(AuditType, clientId, action, before, after);
        await audit.SaveChangesAsync(cancellationToken);
    }
}
