using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.RateLimits;
using SolidarityGraph.Api.Schema;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SolidarityGraph.Api.Extensions;

/// <summary>
/// Partner access: an OAuth 2.0 / OpenID Connect server (OpenIddict) whose stores live in the Identity context, and
/// bearer tokens on <c>/graphql</c>. Endpoints: discovery (RFC 8414), JWKS, token, authorize, revocation (RFC 7009)
/// and introspection (RFC 7662).
/// </summary>
internal static class PartnerAccessExtensions
{
    /// <summary>The token endpoint.</summary>
    public const string TokenPath = "/connect/token";

    /// <summary>The authorization endpoint (code flow with PKCE).</summary>
    public const string AuthorizePath = "/connect/authorize";

    /// <summary>Registers OpenIddict (core over EF Core, server, local validation), the write policy and the options.</summary>
    public static IHostApplicationBuilder AddPartnerAccess(this IHostApplicationBuilder builder)
    {
        var options = PartnerAccessOptions.From(builder.Configuration, builder.Configuration.GetDatabaseSettings());
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TokenRateLimit>();
        builder.AddPartnerApplicationStore()
            .AddServer(server =>
            {
                server.SetIssuer(options.Issuer)
                    .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .RegisterScopes([.. PartnerScopes.All, Scopes.OfflineAccess])
                    .SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .AddSigningKey(TokenKeys.Signing(options))
                    .AddEncryptionKey(TokenKeys.Encryption(options))
                    // Partners validate tokens themselves against the JWKS: a signed JWT, not a JWE only we can read.
                    .DisableAccessTokenEncryption();
                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough();
                // HTTPS is required whenever the public address is HTTPS; a plain-HTTP issuer (localhost) works as served.
                if (options.Issuer.Scheme == Uri.UriSchemeHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(options.Audience);
                // Checks the token's database entry on every request, so revocation takes effect at once.
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Write, policy => policy.RequireAssertion(context => WritePolicy.Allows(context.User)));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IAuthenticationSchemeProvider>(services => new RequestHandlerSchemes(
            services.GetRequiredService<IOptions<AuthenticationOptions>>(), services.GetRequiredService<IHttpContextAccessor>(), GraphQLExtensions.Path));
        return builder;
    }

    /// <summary>Limits token requests per client and per IP; must come before authentication, where OpenIddict answers.</summary>
    public static WebApplication UseTokenRateLimit(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<TokenRateLimit>();
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(limit.InvokeAsync));
        return app;
    }

    /// <summary>
    /// OpenIddict's stores over <see cref="AdminIdentityDbContext"/> and <see cref="PartnerApplications"/>; also used
    /// alone by the <c>create-client</c> verb, which needs no server.
    /// </summary>
    public static OpenIddictBuilder AddPartnerApplicationStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PartnerApplications>();
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddSingleton(provider => new PartnerApplicationLimitsCache(
            provider.GetRequiredService<IServiceScopeFactory>(), provider.GetService<TimeProvider>() ?? TimeProvider.System, limits.AdminLimitsCacheDuration));
        var openIddict = builder.Services.AddOpenIddict();
        openIddict.AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AdminIdentityDbContext>());
        return openIddict;
    }

    /// <summary>
    /// Registers Banana Cake Pop's public client (<see cref="PartnerApplications.IdeClientId"/>) whose redirect URI is
    /// the IDE's own address under the issuer, so an analyst signs in from its connection settings (OAuth 2,
    /// authorization code, PKCE); removes it when the IDE is not served.
    /// </summary>
    public static async Task RegisterIdeClientAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<PartnerApplications>();
        if (!GraphQLExtensions.IsIdeEnabled(app.Configuration))
        {
            await applications.RevokeAsync(PartnerApplications.IdeClientId, app.Lifetime.ApplicationStopping);
            return;
        }

        var options = app.Services.GetRequiredService<PartnerAccessOptions>();
        var redirectUri = new Uri(options.Issuer, GraphQLExtensions.IdePath.TrimStart('/'));
        foreach (var problem in await applications.EnsureIdeClientAsync(redirectUri, app.Lifetime.ApplicationStopping))
        {
            app.Logger.LogWarning("Banana Cake Pop cannot sign people in: {Problem}", problem.Message);
        }
    }

    /// <summary>Maps the passthrough endpoints and accepts bearer tokens on <paramref name="graphQLPath"/>.</summary>
    public static WebApplication MapPartnerAccess(this WebApplication app, string graphQLPath)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(graphQLPath) && BearerTokens.HasBearer(context),
            branch => branch.Use(BearerTokens.InvokeAsync));
        app.MapMethods(TokenPath, [HttpMethods.Post], TokenEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
