using System.Security.Claims;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.Schema;
using SolidarityGraph.Api.Schema.Privacy;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>What a validated token may become for the GraphQL policies: roles count only with their scopes.</summary>
public sealed class BearerTokensTests
{
    [Fact]
    public void StewardRoleWithoutPiiReadReadsLikeAPartner()
    {
        var identity = BearerTokens.Normalise(Token(["graph.read"], Policies.PartnerRole, AdminRoles.Steward, AdminRoles.Admin));
        var user = new ClaimsPrincipal(identity);

        Assert.True(user.IsInRole(Policies.PartnerRole));
        Assert.False(user.IsInRole(AdminRoles.Steward));
        Assert.False(user.IsInRole(AdminRoles.Admin));
        Assert.False(WritePolicy.Allows(user));
    }

    [Fact]
    public void StewardRoleWithPiiReadIsAStewardButNeverAnAdmin()
    {
        var user = new ClaimsPrincipal(BearerTokens.Normalise(Token(["graph.read", "pii.read"], AdminRoles.Steward, AdminRoles.Admin)));

        Assert.True(user.IsInRole(AdminRoles.Steward));
        Assert.False(user.IsInRole(AdminRoles.Admin));
    }

    [Fact]
    public void OnlyGraphWriteAllowsATokenToMutateWhateverItsRoles()
    {
        Assert.True(WritePolicy.Allows(new ClaimsPrincipal(BearerTokens.Normalise(Token(["graph.write"], Policies.PartnerRole)))));
        Assert.False(WritePolicy.Allows(new ClaimsPrincipal(BearerTokens.Normalise(Token(["graph.read", "pii.read"], AdminRoles.Steward)))));
    }

    [Fact]
    public void ACookieStewardMutatesWithoutScopes()
    {
        var cookie = new ClaimsIdentity([new Claim(ClaimTypes.Role, AdminRoles.Steward)], "Identity.Application");

        Assert.True(WritePolicy.Allows(new ClaimsPrincipal(cookie)));
    }

    private static ClaimsPrincipal Token(string[] scopes, params string[] roles)
    {
        var identity = new ClaimsIdentity("OpenIddict.Validation.AspNetCore", "name", "role");
        identity.AddClaim(new Claim("sub", "someone"));
        foreach (var scope in scopes)
        {
            identity.AddClaim(new Claim("oi_scp", scope));
        }

        foreach (var role in roles)
        {
            identity.AddClaim(new Claim("role", role));
        }

        return new ClaimsPrincipal(identity);
    }
}
