using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Participations;

/// <summary>The admin's participation forms go through Participation.Edit, like the participation mutations.</summary>
public sealed class EditTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task APeriodMovesForwardInOneSaveAndAnInvertedOneIsShownAtItsEnd()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var (projectId, _) = await _host.WithDbAsync(async db =>
        {
            var project = new Project("Shared tools", ProjectKind.DevelopmentProject);
            var organisation = new Organisation("Tool library", OrganisationKind.Cooperative);
            db.AddRange(project, organisation);
            await db.SaveChangesAsync();
            return (project.Id, organisation.Id);
        });
        var created = await AdminHost.PostFormAsync(steward, $"/admin/participations/create?projectId={projectId}", new()
        {
            ["Input.Organisation"] = "Tool library", ["Input.Role"] = nameof(ParticipationRole.Partner), ["Input.Since"] = "2020", ["Input.Until"] = "2021",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await _host.WithDbAsync(db => db.Participations.Where(p => p.ProjectId == projectId).Select(p => p.Id).SingleAsync());

        var moved = await AdminHost.PostFormAsync(steward, $"/admin/participations/edit/{id}", new() { ["Input.Since"] = "2022", ["Input.Until"] = "2023" });
        var inverted = await AdminHost.PostFormAsync(steward, $"/admin/participations/edit/{id}", new() { ["Input.Since"] = "2025", ["Input.Until"] = "2024" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inverted.StatusCode);
        Assert.Equal(
            "Participation start (2025) must not be after Participation end (2024).",
            (await AdminHost.ParseAsync(inverted)).QuerySelector("[data-valmsg-for='Input.Until']")!.TextContent);
        var saved = await _host.WithDbAsync(db => db.Participations.SingleAsync(p => p.Id == id));
        Assert.Equal(("2022", "2023", 2L), (saved.Since?.ToString(), saved.Until?.ToString(), saved.Version));
    }
}
