using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Projects;

public sealed class EditTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AStaleEditShowsBothVersionsAndOverwritesNothing()
    {
        var alice = await _host.SignedInClientAsync(AdminRoles.Steward);
        var bob = await _host.SignedInClientAsync(AdminRoles.Steward);
        var id = (await AdminHost.PostFormAsync(alice, "/admin/projects/create", new() { ["Input.Title"] = "Original" })).Headers.Location!.OriginalString.Split('/').Last();

        // Bob loads the form (version 1), Alice saves first.
        var bobsForm = await AdminHost.GetDocumentAsync(bob, $"/admin/projects/edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await AdminHost.PostFormAsync(alice, $"/admin/projects/edit/{id}", new() { ["Input.Title"] = "Alice's title" })).StatusCode);

        var token = bobsForm.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var bobsPost = await bob.PostAsync($"/admin/projects/edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Version"] = "1", ["Input.Title"] = "Bob's title",
            ["Input.TitleLanguage"] = "en", ["Input.Kind"] = "DevelopmentProject",
        }));

        Assert.Equal(HttpStatusCode.OK, bobsPost.StatusCode);
        var page = await AdminHost.ParseAsync(bobsPost);
        Assert.Equal("Bob's title", page.QuerySelector("#conflict-table td.mine")!.TextContent);
        Assert.Equal("Alice's title", page.QuerySelector("#conflict-table td.saved")!.TextContent);
        Assert.Equal("Bob's title", page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));
        Assert.Equal("Alice's title", await _host.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));

        // Saving again after seeing both versions is a deliberate overwrite, and succeeds.
        var again = await AdminHost.PostFormAsync(bob, $"/admin/projects/edit/{id}", new() { ["Input.Title"] = "Bob's title", ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Bob's title", await _host.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task DatesMoveForwardInOneSaveAndAnInvertedRangeIsShownAtItsEnd()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var id = (await AdminHost.PostFormAsync(steward, "/admin/projects/create", new()
        {
            ["Input.Title"] = "Moving", ["Input.PlannedStart"] = "2020", ["Input.PlannedEnd"] = "2021",
        })).Headers.Location!.OriginalString.Split('/').Last();

        var moved = await AdminHost.PostFormAsync(steward, $"/admin/projects/edit/{id}", new() { ["Input.PlannedStart"] = "2022", ["Input.PlannedEnd"] = "2023" });
        var inverted = await AdminHost.PostFormAsync(steward, $"/admin/projects/edit/{id}", new() { ["Input.ActualStart"] = "2024", ["Input.ActualEnd"] = "2023" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inverted.StatusCode);
        var page = await AdminHost.ParseAsync(inverted);
        Assert.Equal("ActualStart date (2024) must not be after ActualEnd date (2023).", page.QuerySelector("[data-valmsg-for='Input.ActualEnd']")!.TextContent);
        var saved = await _host.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == id));
        Assert.Equal(
            ("2022", "2023", null, 2L),
            (saved.DateOf(ActivityDateType.PlannedStart)?.ToString(), saved.DateOf(ActivityDateType.PlannedEnd)?.ToString(), saved.DateOf(ActivityDateType.ActualStart), saved.Version));
    }
}
