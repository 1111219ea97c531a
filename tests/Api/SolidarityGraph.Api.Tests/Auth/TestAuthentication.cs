using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SolidarityGraph.Api.Tests.Auth;

/// <summary>
/// Test-only authentication: a request with an <c>X-Test-User</c> header is signed in as that user, with the roles
/// listed (comma-separated) in <c>X-Test-Role</c>. Requests without the header fall through to the Api's own
/// cookie scheme, so admin sign-in keeps working in the same host. Never registered outside tests.
/// </summary>
public static class TestAuthentication
{
    /// <summary>Name of the test scheme.</summary>
    public const string Scheme = "Test";

    /// <summary>Header carrying the user name (the <see cref="ClaimTypes.Name"/> claim).</summary>
    public const string UserHeader = "X-Test-User";

    /// <summary>Header carrying the roles, comma-separated (each a <see cref="ClaimTypes.Role"/> claim).</summary>
    public const string RoleHeader = "X-Test-Role";

    /// <summary>Makes the test scheme the default; requests without <see cref="UserHeader"/> are forwarded to the cookie scheme.</summary>
    public static IServiceCollection AddTestAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultAuthenticateScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(Scheme, options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(UserHeader) ? null : IdentityConstants.ApplicationScheme);
        return services;
    }

    /// <summary>Registers the test scheme in a host built by <c>WebApplicationFactory</c> (via <c>ConfigureTestServices</c>).</summary>
    public static IWebHostBuilder UseTestAuthentication(this IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddTestAuthentication());

    /// <summary>Sends every request of <paramref name="client"/> as <paramref name="user"/> with <paramref name="roles"/>.</summary>
    public static HttpClient As(this HttpClient client, string user, params string[] roles)
    {
        client.DefaultRequestHeaders.Remove(UserHeader);
        client.DefaultRequestHeaders.Remove(RoleHeader);
        client.DefaultRequestHeaders.Add(UserHeader, user);
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Add(RoleHeader, string.Join(',', roles));
        }

        return client;
    }

    /// <summary>Adds the test headers to one request.</summary>
    public static HttpRequestMessage As(this HttpRequestMessage request, string user, params string[] roles)
    {
        request.Headers.Add(UserHeader, user);
        if (roles.Length > 0)
        {
            request.Headers.Add(RoleHeader, string.Join(',', roles));
        }

        return request;
    }
}

/// <summary>Builds the principal from the test headers (see <see cref="TestAuthentication"/>).</summary>
public sealed class TestAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers[TestAuthentication.UserHeader].ToString();
        if (string.IsNullOrWhiteSpace(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, user), new(ClaimTypes.NameIdentifier, user) };
        var roles = Request.Headers[TestAuthentication.RoleHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var identity = new ClaimsIdentity(claims, TestAuthentication.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), TestAuthentication.Scheme)));
    }
}
