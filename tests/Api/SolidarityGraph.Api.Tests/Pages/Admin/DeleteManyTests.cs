using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>Bulk delete from a generic list: one confirmation, refused and explained while any record is referenced.</summary>
public sealed class DeleteManyTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();
    private HttpClient _steward = null!;

    public async Task InitializeAsync() => _steward = await _host.SignedInClientAsync(AdminRoles.Steward);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SelectedRecordsAreDeletedAfterOneConfirmation()
    {
        var (a, b) = (await CreatePlaceAsync("Bulk one"), await CreatePlaceAsync("Bulk two"));
        var list = await AdminHost.GetDocumentAsync(_steward, "/admin/browse/place?q=bulk");
        var form = list.QuerySelector("form#bulk")!;
        Assert.Equal(["Select Bulk one", "Select Bulk two"], form.QuerySelectorAll("input[type=checkbox]").Select(c => c.GetAttribute("aria-label")));

        var confirm = await AdminHost.GetDocumentAsync(_steward, $"{form.GetAttribute("action")}?ids={a}&ids={b}");
        Assert.Equal(["Bulk one", "Bulk two"], confirm.QuerySelectorAll("#selected li").Select(li => li.TextContent));
        var deleted = await _steward.PostAsync("/admin/delete-many/place", new FormUrlEncodedContent(Fields(confirm)));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _host.WithDbAsync(db => db.Places.AnyAsync(p => p.Id == a || p.Id == b)));
        Assert.Contains("2 Place record(s) deleted: Bulk one; Bulk two.", (await AdminHost.GetDocumentAsync(_steward, deleted.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASelectionWithAReferencedRecordIsRefusedNamingItsBlockersAndNothingIsDeleted()
    {
        var free = await CreatePlaceAsync("Unreferenced");
        var peru = await _host.WithDbAsync(db => db.Places.Where(p => p.Name == "Peru").Select(p => p.Id).SingleAsync());

        var confirm = await AdminHost.GetDocumentAsync(_steward, $"/admin/delete-many/place?ids={free}&ids={peru}");
        var blocking = confirm.QuerySelector("#blocking")!.TextContent;
        Assert.Contains("Peru is referred to by", blocking, StringComparison.Ordinal);
        Assert.Contains("× Place (ParentId)", blocking, StringComparison.Ordinal);
        Assert.DoesNotContain("Unreferenced", blocking, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector("main form[method=post]"));

        // A crafted confirmation is refused by the same check.
        var token = (await AdminHost.GetDocumentAsync(_steward, "/admin/places/create")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forced = await _steward.PostAsync("/admin/delete-many/place", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Ids"] = $"{free}:1",
        }.Append(new("Ids", $"{peru}:1"))));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.NotNull((await AdminHost.ParseAsync(forced)).QuerySelector("#blocking"));
        Assert.Equal(2, await _host.WithDbAsync(db => db.Places.CountAsync(p => p.Id == free || p.Id == peru)));
    }

    [Fact]
    public async Task ARecordChangedSinceTheConfirmationWasShownStopsTheWholeDeletion()
    {
        var (a, b) = (await CreatePlaceAsync("Stays one"), await CreatePlaceAsync("Stays two"));
        var confirm = await AdminHost.GetDocumentAsync(_steward, $"/admin/delete-many/place?ids={a}&ids={b}");
        await AdminHost.PostFormAsync(_steward, $"/admin/places/edit/{b}", new() { ["Input.Name"] = "Stays two, renamed" });

        var response = await _steward.PostAsync("/admin/delete-many/place", new FormUrlEncodedContent(Fields(confirm)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminHost.ParseAsync(response);
        Assert.Contains("Stays two, renamed", page.QuerySelector("#selected")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.Equal(2, await _host.WithDbAsync(db => db.Places.CountAsync(p => p.Id == a || p.Id == b)));
    }

    // The confirmation form as a browser posts it: every hidden key:version pair, not only the first of a name.
    private static IEnumerable<KeyValuePair<string, string>> Fields(AngleSharp.Html.Dom.IHtmlDocument confirm) =>
        confirm.QuerySelectorAll("main form[method=post] input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!));

    private async Task<string> CreatePlaceAsync(string name) =>
        (await AdminHost.PostFormAsync(_steward, "/admin/places/create", new() { ["Input.Name"] = name, ["Input.Type"] = nameof(PlaceType.City), ["Input.CountryCode"] = "PE" }))
        .Headers.Location!.OriginalString.Split('/').Last();
}
