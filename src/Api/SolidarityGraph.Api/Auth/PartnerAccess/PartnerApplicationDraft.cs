namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// What registering a partner application asks for. Without <see cref="RedirectUris"/>: a confidential
/// client-credentials client with a secret. With them: a public client for people (authorization code with PKCE).
/// </summary>
/// <param name="ClientId">The OAuth <c>client_id</c>.</param>
/// <param name="Name">Display name shown on the consent page and in the admin (defaults to the client id).</param>
/// <param name="Contact">Whom to reach about the application (person, e-mail address).</param>
/// <param name="Scopes">Space-separated scopes (RFC 6749 §3.3).</param>
/// <param name="RedirectUris">Where codes are sent (code flow only).</param>
/// <param name="Secret">A chosen secret; null generates one (confidential clients only).</param>
public sealed record PartnerApplicationDraft(
    string ClientId, string? Name, string? Contact, string Scopes, IReadOnlyList<string> RedirectUris, string? Secret = null)
{
    /// <summary>Longest display name and contact accepted.</summary>
    public const int MaximumTextLength = 200;

    /// <summary>Whether the application is for people (code flow), which makes it a public client.</summary>
    public bool IsForPeople => RedirectUris.Count > 0;

    /// <summary>
    /// The rules of a registration; each broken one names the draft property it concerns, so a form shows it beside
    /// its field and the command line prints it.
    /// </summary>
    public IReadOnlyList<PartnerApplicationProblem> Problems()
    {
        var problems = new List<PartnerApplicationProblem>();
        void Add(string field, string message) => problems.Add(new PartnerApplicationProblem(field, message));
        var (known, unknown) = PartnerScopes.Parse(Scopes);
        if (string.IsNullOrWhiteSpace(ClientId) || ClientId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || ClientId.Length > 100)
        {
            Add(nameof(ClientId), "The client id must be 1 to 100 characters without spaces.");
        }

        if (Name?.Trim().Length > MaximumTextLength || Contact?.Trim().Length > MaximumTextLength)
        {
            Add(Name?.Trim().Length > MaximumTextLength ? nameof(Name) : nameof(Contact), $"At most {MaximumTextLength} characters.");
        }

        if (unknown.Length > 0)
        {
            Add(nameof(Scopes), $"Unknown scope(s): {string.Join(", ", unknown)}. Scopes: {string.Join(", ", IsForPeople ? PartnerScopes.All : PartnerScopes.ForApplications)}.");
        }
        else if (known.Length == 0)
        {
            Add(nameof(Scopes), $"Name at least one scope: {string.Join(", ", PartnerScopes.ForApplications)}.");
        }

        foreach (var uri in RedirectUris)
        {
            // RFC 6749 §3.1.2: absolute, no fragment; RFC 8252 §8.3: plain HTTP only for loopback (native apps, tests).
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Fragment.Length > 0
                || parsed.Scheme != Uri.UriSchemeHttps && !(parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback))
            {
                Add(nameof(RedirectUris), $"The redirect URI '{uri}' must be an absolute https URI (http only for loopback) without a fragment.");
            }
        }

        if (IsForPeople && Secret is not null)
        {
            Add(nameof(Secret), "An application for people (with redirect URIs) is public: it has no secret.");
        }

        if (known.Contains(PartnerScopes.PiiRead) && !IsForPeople)
        {
            Add(nameof(Scopes), $"A partner application cannot hold {PartnerScopes.PiiRead}: personal data is for signed-in stewards only.");
        }

        if (Secret is not null && Secret.Length < PartnerApplications.MinimumSecretLength)
        {
            Add(nameof(Secret), $"The secret must be at least {PartnerApplications.MinimumSecretLength} characters long.");
        }

        return problems;
    }
}

/// <summary>A broken registration rule: the <see cref="PartnerApplicationDraft"/> property it concerns and a message for people.</summary>
public sealed record PartnerApplicationProblem(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>
/// A registered application as the admin lists it; <c>LastUsed</c> is when it last obtained a token (the newest entry
/// of OpenIddict's token store), or null; <c>Limits</c> are those an Admin set in the admin.
/// </summary>
public sealed record PartnerApplicationSummary(
    string ClientId, string Name, string? Contact, bool IsForPeople, IReadOnlyList<string> Scopes, IReadOnlyList<string> RedirectUris,
    DateTimeOffset? Created, DateTimeOffset? LastUsed, PartnerApplicationLimits Limits)
{
    /// <summary>Whether it is the built-in client of the GraphQL IDE, which the server registers itself.</summary>
    public bool IsBuiltIn => ClientId == PartnerApplications.IdeClientId;
}
