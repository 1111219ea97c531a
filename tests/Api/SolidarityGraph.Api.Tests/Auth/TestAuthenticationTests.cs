using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SolidarityGraph.Api.Tests.Auth;

/// <summary>The test scheme signs requests in from headers and leaves header-less requests to the cookie scheme.</summary>
public sealed class TestAuthenticationTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly WebApplicationFactory<Program> _factory;

    public TestAuthenticationTests()
    {
        _factory = new ApiFactory(_database.ConnectionString).WithWebHostBuilder(builder => builder.UseTestAuthentication());
    }

    [Fact]
    public async Task StewardHeaderOpensTheStewardFolder()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As("ada", "Steward");

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UserWithoutStewardRoleIsForbidden()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As("bob", "Partner");

        var response = await client.GetAsync("/admin");

        // A header-authenticated caller is forbidden by the test scheme itself (no cookie redirect).
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RequestWithoutHeadersFallsThroughToCookieSignIn()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/account/login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _database.Dispose();
    }
}
