using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

public sealed class DeleteTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DeletingAFunderThatOthersReferToIsRefused()
    {
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);
        var setec = await _host.WithDbAsync(db => db.Organisations.Where(o => o.Name == "setec Foundation").Select(o => o.Id).SingleAsync());

        var confirm = await AdminHost.GetDocumentAsync(client, $"/admin/delete/organisation/{setec}");
        Assert.Contains("1 × Funding (FunderId)", confirm.QuerySelector("#blocking")!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector("main form"));

        // Posting anyway (a crafted request) is refused by the domain, not only hidden by the page.
        var token = (await AdminHost.GetDocumentAsync(client, "/admin/organisations/create")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forced = await client.PostAsync($"/admin/delete/organisation/{setec}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = "1",
        }));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("cannot be deleted", (await AdminHost.ParseAsync(forced)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.True(await _host.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Id == setec)));
    }

    [Fact]
    public async Task AnUnreferencedRecordIsDeletedAfterConfirmationAndTheHistoryKeepsIt()
    {
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);
        var created = await AdminHost.PostFormAsync(client, "/admin/organisations/create", new() { ["Input.Name"] = "Short-lived collective" });
        var id = created.Headers.Location!.OriginalString.Split('/').Last();

        var deleted = await AdminHost.PostFormAsync(client, $"/admin/delete/organisation/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _host.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Id == id)));
        var history = await AdminHost.GetDocumentAsync(client, $"/admin/history/{id}");
        var actions = history.QuerySelectorAll("ol.history > li > p strong").Select(s => s.TextContent).ToList();
        Assert.Equal(["Deleted", "Created"], actions);
    }
}
