using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Fundings;

/// <summary>The admin's funding edit form goes through FundingLinks.EditAsync, like updateFunding: the share follows the amount.</summary>
public sealed class EditTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ANewAmountDerivesTheShareAgainAndOneAboveTheBudgetIsShownAtTheAmount()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var funding = await _host.WithDbAsync(db => db.Fundings.Where(f => f.Share != null).Select(f => new { f.Id, f.Amount, f.Share }).FirstAsync());

        var halved = await AdminHost.PostFormAsync(steward, $"/admin/fundings/edit/{funding.Id}", new() { ["Input.Amount"] = (funding.Amount!.Value / 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var tooMuch = await AdminHost.PostFormAsync(steward, $"/admin/fundings/edit/{funding.Id}", new() { ["Input.Amount"] = "999999999" });

        Assert.Equal(HttpStatusCode.Redirect, halved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        var message = (await AdminHost.ParseAsync(tooMuch)).QuerySelector("[data-valmsg-for='Input.Amount']")!.TextContent;
        Assert.StartsWith("Cannot derive a share: the funding of 999999999", message, StringComparison.Ordinal);
        var saved = await _host.WithDbAsync(db => db.Fundings.Where(f => f.Id == funding.Id).Select(f => new { f.Amount, f.Share }).SingleAsync());
        Assert.Equal(funding.Amount.Value / 2, saved.Amount);
        Assert.Equal(decimal.Round(funding.Share!.Value / 2, 2), decimal.Round(saved.Share!.Value, 2));
    }
}
