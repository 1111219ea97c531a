using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Places;

/// <summary>Places are created, edited and deleted through Place.Edit, the parent chosen by name.</summary>
public sealed class EditTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();
    private HttpClient _steward = null!;

    public async Task InitializeAsync() => _steward = await _host.SignedInClientAsync(AdminRoles.Steward);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task APlaceIsCreatedWithEveryFieldEditedListedAndDeleted()
    {
        var cochabamba = await _host.WithDbAsync(db => db.Places.Where(p => p.Name == "Cochabamba").Select(p => p.Id).SingleAsync());

        var created = await AdminHost.PostFormAsync(_steward, "/admin/places/create", new()
        {
            ["Input.Name"] = "Villa Tunari", ["Input.Type"] = nameof(PlaceType.City), ["Input.CountryCode"] = "BO",
            ["Input.Parent"] = "Cochabamba", ["Input.Iso3166_2"] = "BO-C", ["Input.M49Code"] = "068", ["Input.GeonamesId"] = "3901547",
            ["Input.Latitude"] = "-16.97", ["Input.Longitude"] = "-65.42", ["Input.Population"] = "72000", ["Input.PopulationAsOf"] = "2012",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var place = await _host.WithDbAsync(db => db.Places.SingleAsync(p => p.Id == id));
        Assert.Equal(
            ("Villa Tunari", PlaceType.City, "BO", cochabamba, "BO-C", "068", 3901547L, -16.97, -65.42, 72000L, "2012"),
            (place.Name, place.Type, place.CountryCode, place.ParentId, place.Iso3166_2, place.M49Code, place.GeonamesId, place.Point!.Latitude, place.Point.Longitude, place.Population, place.PopulationAsOf?.ToString()));

        // The edit form names the parent, and an edit changes only what the steward changed.
        var form = await AdminHost.GetDocumentAsync(_steward, $"/admin/places/edit/{id}");
        Assert.Equal("Cochabamba", form.QuerySelector("input[name='Input.Parent']")!.GetAttribute("value"));
        var edited = await AdminHost.PostFormAsync(_steward, $"/admin/places/edit/{id}", new() { ["Input.Name"] = "Villa Tunari municipality", ["Input.Population"] = "80000" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        place = await _host.WithDbAsync(db => db.Places.SingleAsync(p => p.Id == id));
        Assert.Equal(("Villa Tunari municipality", 80000L, cochabamba, "BO-C", 2L), (place.Name, place.Population, place.ParentId, place.Iso3166_2, place.Version));

        var details = await AdminHost.GetDocumentAsync(_steward, $"/admin/browse/place/{id}");
        var parentLink = details.QuerySelectorAll("dl.fields dt").Single(dt => dt.TextContent == "ParentId").NextElementSibling!.QuerySelector("a")!;
        Assert.Equal("Cochabamba", parentLink.TextContent);
        var list = await AdminHost.GetDocumentAsync(_steward, "/admin/browse/place?q=tunari");
        Assert.Equal(["Villa Tunari municipality"], list.QuerySelectorAll("main tbody td a").Select(a => a.TextContent));

        var deleted = await AdminHost.PostFormAsync(_steward, $"/admin/delete/place/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _host.WithDbAsync(db => db.Places.AnyAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task TheParentIsSuggestedByNameAndSameNamesAreTold()
    {
        var form = await AdminHost.GetDocumentAsync(_steward, "/admin/places/create");

        var input = form.QuerySelector("input[name='Input.Parent']")!;
        var options = form.QuerySelectorAll($"datalist#{input.GetAttribute("list")} option").Select(o => o.GetAttribute("value")!).ToList();
        Assert.Contains("Cochabamba", options);
        Assert.Contains("Lima (Admin1, PE)", options);
        Assert.Contains("Lima (City, PE)", options);
        Assert.DoesNotContain(options, o => Regex.IsMatch(o, "[0-9A-Z]{26}"));
        Assert.Equal(await _host.WithDbAsync(db => db.Places.CountAsync()), options.Count);
    }

    [Fact]
    public async Task AParentThatNamesNoPlaceOrLiesInAnotherCountryIsRefusedAndTheFormKeepsTheInput()
    {
        var before = await _host.WithDbAsync(db => db.Places.CountAsync());
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Shinahota", ["Input.Type"] = nameof(PlaceType.City), ["Input.CountryCode"] = "BO", ["Input.Population"] = "20000",
        };

        var unknown = await AdminHost.PostFormAsync(_steward, "/admin/places/create", new(fields) { ["Input.Parent"] = "Atlantis" });
        var abroad = await AdminHost.PostFormAsync(_steward, "/admin/places/create", new(fields) { ["Input.Parent"] = "Peru" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (unknown.StatusCode, abroad.StatusCode));
        var page = await AdminHost.ParseAsync(unknown);
        Assert.Equal("No place is named 'Atlantis'. Choose one of the suggestions.", page.QuerySelector("[data-valmsg-for='Input.Parent']")!.TextContent);
        Assert.Equal(("Shinahota", "20000", "Atlantis"), (Value(page, "Input.Name"), Value(page, "Input.Population"), Value(page, "Input.Parent")));
        page = await AdminHost.ParseAsync(abroad);
        Assert.Equal("Shinahota (BO) cannot be inside Peru (PE): the countries differ.", page.QuerySelector("[data-valmsg-for='Input.Parent']")!.TextContent);
        Assert.Equal("Peru", Value(page, "Input.Parent"));
        Assert.Equal(before, await _host.WithDbAsync(db => db.Places.CountAsync()));
    }

    [Fact]
    public async Task AStaleEditShowsBothVersionsAndSavesNothing()
    {
        var bob = await _host.SignedInClientAsync(AdminRoles.Steward);
        var id = (await AdminHost.PostFormAsync(_steward, "/admin/places/create", new()
        {
            ["Input.Name"] = "Original", ["Input.Type"] = nameof(PlaceType.City), ["Input.CountryCode"] = "PE",
        })).Headers.Location!.OriginalString.Split('/').Last();

        // Bob loads the form (version 1); the steward saves first.
        var bobsForm = await AdminHost.GetDocumentAsync(bob, $"/admin/places/edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await AdminHost.PostFormAsync(_steward, $"/admin/places/edit/{id}", new() { ["Input.Name"] = "Saved first", ["Input.Parent"] = "Peru" })).StatusCode);
        var bobsPost = await bob.PostAsync($"/admin/places/edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = bobsForm.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Version"] = "1", ["Input.Name"] = "Bob's name", ["Input.Type"] = nameof(PlaceType.City), ["Input.CountryCode"] = "PE",
        }));

        Assert.Equal(HttpStatusCode.OK, bobsPost.StatusCode);
        var page = await AdminHost.ParseAsync(bobsPost);
        Assert.Equal(("Bob's name", "Saved first"), (page.QuerySelector("#conflict-table td.mine")!.TextContent, page.QuerySelector("#conflict-table td.saved")!.TextContent));
        Assert.Contains("Peru", page.QuerySelector("#conflict-table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("Bob's name", "2"), (Value(page, "Input.Name"), Value(page, "Input.Version")));
        Assert.Equal("Saved first", await _host.WithDbAsync(db => db.Places.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    private static string? Value(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"input[name='{name}']")!.GetAttribute("value");
}
