using System.Net;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Organisations;

public sealed class CreateTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ANameContainingAScriptTagIsDisplayedEncoded()
    {
        const string name = "<script>alert('x')</script> Cooperative";
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);

        var created = await AdminHost.PostFormAsync(client, "/admin/organisations/create", new() { ["Input.Name"] = name, ["Input.Kind"] = "Cooperative" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        foreach (var url in new[] { created.Headers.Location!.OriginalString, "/admin/organisations?q=Cooperative", "/admin/browse/organisation?q=script" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
            var page = await AdminHost.GetDocumentAsync(client, url);
            Assert.Empty(page.Scripts);
            Assert.Contains(name, page.Body!.TextContent, StringComparison.Ordinal);
        }
    }
}
