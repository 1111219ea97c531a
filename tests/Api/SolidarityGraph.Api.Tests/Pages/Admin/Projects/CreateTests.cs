using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Projects;

public sealed class CreateTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejectedWith400()
    {
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);

        var response = await client.PostAsync("/admin/projects/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Forged project", ["Input.TitleLanguage"] = "en", ["Input.Kind"] = "DevelopmentProject",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await _host.WithDbAsync(db => db.Projects.AnyAsync(p => p.Title == "Forged project")));
    }

    [Fact]
    public async Task ValidationMessagesAppearNextToTheirFields()
    {
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);

        var response = await AdminHost.PostFormAsync(client, "/admin/projects/create", new() { ["Input.Title"] = "", ["Input.PlannedEnd"] = "November 2025" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminHost.ParseAsync(response);
        Assert.Equal("The Title field is required.", page.QuerySelector("span[data-valmsg-for='Input.Title']")!.TextContent);
        Assert.StartsWith("Use YYYY, YYYY-MM or YYYY-MM-DD", page.QuerySelector("span[data-valmsg-for='Input.PlannedEnd']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADomainRuleBecomesAMessageNextToItsField()
    {
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);

        var response = await AdminHost.PostFormAsync(client, "/admin/projects/create", new()
        {
            ["Input.Title"] = "Backwards", ["Input.PlannedStart"] = "2025", ["Input.PlannedEnd"] = "2024",
        });

        var page = await AdminHost.ParseAsync(response);
        Assert.Contains("must not be after", page.QuerySelector("span[data-valmsg-for='Input.PlannedEnd']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await _host.WithDbAsync(db => db.Projects.AnyAsync(p => p.Title == "Backwards")));
    }

    [Fact]
    public async Task ACreatedProjectIsShownAndAudited()
    {
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);

        var response = await AdminHost.PostFormAsync(client, "/admin/projects/create", new() { ["Input.Title"] = "Community kitchens", ["Input.PlannedEnd"] = "2026-06" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await AdminHost.GetDocumentAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal("Community kitchens", details.QuerySelector("h1")!.TextContent);
        Assert.Contains("PlannedEnd 2026-06", details.QuerySelector("dl.fields")!.TextContent, StringComparison.Ordinal);
        var id = response.Headers.Location!.OriginalString.Split('/').Last();
        var history = await AdminHost.GetDocumentAsync(client, $"/admin/history/{id}");
        Assert.Contains("Created by steward-", history.QuerySelector("ol.history li")!.TextContent, StringComparison.Ordinal);
    }
}
