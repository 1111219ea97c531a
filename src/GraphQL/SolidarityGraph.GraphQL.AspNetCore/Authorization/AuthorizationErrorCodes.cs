namespace SolidarityGraph.GraphQL.AspNetCore.Authorization;

/// <summary>Stable <c>extensions.code</c> values of field authorization (PARITY.md §11); the field resolves to null.</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>The field needs a signed-in caller and the request carries none.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller is signed in but does not satisfy the field's policy.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
