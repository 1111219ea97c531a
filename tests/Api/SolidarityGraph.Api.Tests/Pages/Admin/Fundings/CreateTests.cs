using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Fundings;

/// <summary>The admin's "Link a funder" form goes through FundingLinks.LinkFunderAsync, like createFunding.</summary>
public sealed class CreateTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AFunderChosenAsItsOwnRecipientIsRefusedBesideTheRecipientAndNothingIsSaved()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var projectId = await _host.WithDbAsync(db => db.Projects.Select(p => p.Id).FirstAsync());
        var url = $"/admin/fundings/create?projectId={projectId}";
        var form = await AdminHost.GetDocumentAsync(steward, url);
        var organisation = form.QuerySelector("input[name='Input.Funder']")!.GetAttribute("list") is { } listId
            ? form.GetElementById(listId)!.QuerySelector("option")!.GetAttribute("value")!
            : throw new InvalidOperationException("The funder field suggests no organisations.");
        var before = await _host.WithDbAsync(db => db.Fundings.CountAsync());

        var response = await AdminHost.PostFormAsync(steward, url, new()
        {
            ["Input.Funder"] = organisation,
            ["Input.Recipient"] = organisation,
            ["Input.Amount"] = "10",
            ["Input.Currency"] = "EUR",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminHost.ParseAsync(response);
        Assert.EndsWith("cannot fund itself.", page.QuerySelector("[data-valmsg-for='Input.Recipient']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(organisation, page.QuerySelector("input[name='Input.Recipient']")!.GetAttribute("value"));
        Assert.Equal("10", page.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value"));
        Assert.Equal(before, await _host.WithDbAsync(db => db.Fundings.CountAsync()));
    }
}
