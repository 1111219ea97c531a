namespace SolidarityGraph.Api.Auth;

/// <summary>Roles of admin users and the authorization policies built on them.</summary>
public static class AdminRoles
{
    /// <summary>Manages users; may also do everything a steward does.</summary>
    public const string Admin = "Admin";

    /// <summary>Curates the graph, including steward-only (S/X/I) data.</summary>
    public const string Steward = "Steward";

    /// <summary>Every role, in the order forms list them.</summary>
    public static readonly string[] All = [Admin, Steward];

    /// <summary>Policy of the whole <c>/admin</c> folder: the Steward role or the Admin role.</summary>
    public const string StewardPolicy = "Steward";

    /// <summary>Policy of <c>/admin/users</c> and <c>/admin/partnerapplications</c>: the Admin role only.</summary>
    public const string AdminPolicy = "Admin";
}
