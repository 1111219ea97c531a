using System.Security.Cryptography;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// The one edit path of partner applications (confidential clients): register, rotate the secret, revoke. Used by the
/// <c>create-client</c> verb. Secrets are stored hashed by OpenIddict; the plain text is returned once.
/// </summary>
public sealed class PartnerApplications(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens)
{
    /// <summary>Shortest secret accepted (characters); generated secrets are 43 (256 bits in base64url).</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>
    /// Registers an application. Without <paramref name="redirectUris"/>: a confidential client-credentials client, and
    /// the result holds its secret. With them: a public client for people (authorization code with PKCE, refresh
    /// tokens; no secret), whose tokens carry at most what the signed-in person's role allows. Otherwise the problems.
    /// </summary>
    public async Task<(string? Secret, IReadOnlyList<string> Problems)> RegisterAsync(
        string clientId, string? displayName, string scopes, string? secret, CancellationToken cancellationToken = default,
        IReadOnlyList<string>? redirectUris = null)
    {
        var forPeople = redirectUris is { Count: > 0 };
        var problems = new List<string>();
        var (known, unknown) = PartnerScopes.Parse(scopes);
        if (string.IsNullOrWhiteSpace(clientId) || clientId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || clientId.Length > 100)
        {
            problems.Add("The client id must be 1 to 100 characters without spaces.");
        }

        if (unknown.Length > 0)
        {
            problems.Add($"Unknown scope(s): {string.Join(", ", unknown)}. Scopes: {string.Join(", ", PartnerScopes.ForApplications)}.");
        }

        foreach (var uri in redirectUris ?? [])
        {
            // RFC 6749 §3.1.2: absolute, no fragment; RFC 8252 §8.3: plain HTTP only for loopback (native apps, tests).
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Fragment.Length > 0
                || parsed.Scheme != Uri.UriSchemeHttps && !(parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback))
            {
                problems.Add($"The redirect URI '{uri}' must be an absolute https URI (http only for loopback) without a fragment.");
            }
        }

        if (forPeople && secret is not null)
        {
            problems.Add("An application for people (with redirect URIs) is public: it has no secret.");
        }

        if (known.Contains(PartnerScopes.PiiRead) && !forPeople)
        {
            problems.Add($"A partner application cannot hold {PartnerScopes.PiiRead}: personal data is for signed-in stewards only.");
        }

        if (known.Length == 0 && unknown.Length == 0)
        {
            problems.Add($"Name at least one scope: {string.Join(", ", PartnerScopes.ForApplications)}.");
        }

        if (secret is not null && secret.Length < MinimumSecretLength)
        {
            problems.Add($"The secret must be at least {MinimumSecretLength} characters long.");
        }

        if (problems.Count == 0 && await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            problems.Add($"A client with the id '{clientId}' already exists.");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? clientId : displayName.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation },
        };
        if (forPeople)
        {
            descriptor.ClientType = ClientTypes.Public;
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + Scopes.OfflineAccess]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(redirectUris!.Select(u => new Uri(u)));
        }
        else
        {
            secret ??= NewSecret();
            descriptor.ClientSecret = secret;
            descriptor.ClientType = ClientTypes.Confidential;
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Introspection, Permissions.GrantTypes.ClientCredentials]);
        }

        foreach (var scope in known)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
        return (secret ?? "", []);
    }

    /// <summary>Replaces the secret: the old one stops working at once. Returns the new secret, or null for an unknown client.</summary>
    public async Task<string?> RotateSecretAsync(string clientId, string? secret = null, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        secret ??= NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        return secret;
    }

    /// <summary>Deletes the application and revokes its tokens, so its live tokens fail on their next request.</summary>
    public async Task<bool> RevokeAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var id = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(id!, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }

    /// <summary>A new 256-bit secret in base64url.</summary>
    public static string NewSecret() => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
