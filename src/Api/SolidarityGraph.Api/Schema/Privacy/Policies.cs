namespace SolidarityGraph.Api.Schema.Privacy;

/// <summary>The authorization policies fields declare with <c>Authorize(...)</c> (PARITY.md §11).</summary>
public static class Policies
{
    /// <summary>Steward-only data (privacy classes S, X, I): the Steward or Admin role. Same policy as <c>/admin</c>.</summary>
    public const string Steward = Auth.AdminRoles.StewardPolicy;

    /// <summary>Partner applications (client-credentials tokens, role Partner).</summary>
    public const string Partner = "Partner";

    /// <summary>Mutations: a token with the <c>graph.write</c> scope, or a signed-in steward or admin (Auth/PartnerAccess/WritePolicy).</summary>
    public const string Write = "GraphWrite";

    /// <summary>The role partner tokens carry.</summary>
    public const string PartnerRole = "Partner";
}
