using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SolidarityGraph.Api.Extensions;

/// <summary>
/// Several instances behind a reverse proxy (docs/deploy.md): the proxy terminates HTTPS and forwards
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>. They are trusted only from the addresses in
/// <c>ReverseProxy:KnownProxies</c> (a header from anyone else could fake a client address past the token endpoint's
/// per-address limit, or claim HTTPS); without that setting they are ignored, as when the server faces clients itself.
/// </summary>
internal static class ReverseProxyExtensions
{
    /// <summary>Configuration key: the proxies' IP addresses, e.g. <c>["127.0.0.1"]</c>.</summary>
    public const string KnownProxiesKey = "ReverseProxy:KnownProxies";

    /// <summary>Reads the trusted proxies; an address that does not parse stops the start with its value named.</summary>
    public static IHostApplicationBuilder AddReverseProxy(this IHostApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        var addresses = proxies.Select(p => IPAddress.TryParse(p, out var address)
            ? address
            : throw new InvalidOperationException($"{KnownProxiesKey} holds '{p}', which is not an IP address.")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in addresses)
            {
                options.KnownProxies.Add(address);
            }
        });
        return builder;
    }

    /// <summary>Applies the forwarded headers first, so logs, rate limits, cookies and redirects see the client's view.</summary>
    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
