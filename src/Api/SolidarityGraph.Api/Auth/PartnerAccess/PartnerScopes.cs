namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>The OAuth 2.0 scopes of the GraphQL API (RFC 6749 §3.3) and what each one may grant.</summary>
public static class PartnerScopes
{
    /// <summary>Read access as a partner (the <c>Partner</c> role): public data, never personal data.</summary>
    public const string GraphRead = "graph.read";

    /// <summary>Mutations.</summary>
    public const string GraphWrite = "graph.write";

    /// <summary>Steward-only personal data; only a person whose account holds the Steward or Admin role can use it.</summary>
    public const string PiiRead = "pii.read";

    /// <summary>Every scope, in the order forms and help texts list them.</summary>
    public static readonly string[] All = [GraphRead, GraphWrite, PiiRead];

    /// <summary>Scopes a client-credentials application may hold: never personal data, whatever it asks for.</summary>
    public static readonly string[] ForApplications = [GraphRead, GraphWrite];

    /// <summary>
    /// Splits a space-separated scope list (RFC 6749 §3.3) and returns the unknown names, so callers refuse them with
    /// a clear message instead of dropping them silently.
    /// </summary>
    public static (string[] Known, string[] Unknown) Parse(string? scopes)
    {
        var names = (scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        return (names.Where(All.Contains).ToArray(), names.Where(n => !All.Contains(n)).ToArray());
    }
}
