using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>Every admin page requires sign-in: anonymous requests are redirected to the login page.</summary>
public sealed class AdminRoutesTests : IAsyncLifetime
{
    private static readonly string[] Anonymous = ["/Admin/Account/Login", "/Admin/Account/AccessDenied"];

    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EveryAdminRouteRedirectsAnonymousVisitorsToTheLoginPage()
    {
        var client = _host.NewClient();
        var routes = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { } page && page.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal)
                && !Anonymous.Contains(page.ViewEnginePath))
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Fill)))))
            .Distinct()
            .ToList();

        Assert.True(routes.Count >= 25, $"expected every admin page, found {routes.Count}: {string.Join(", ", routes)}");
        foreach (var route in routes)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var response = await client.SendAsync(new HttpRequestMessage(method, route));
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {route}: {(int)response.StatusCode}");
                Assert.Equal("/admin/account/login", response.Headers.Location!.AbsolutePath);
            }
        }
    }

    [Fact]
    public async Task TheLoginPageItselfIsPublic()
    {
        var response = await _host.NewClient().GetAsync("/admin/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => parameter.Name == "type" ? "project" : "00000000000000000000000000",
        _ => string.Empty,
    };
}
