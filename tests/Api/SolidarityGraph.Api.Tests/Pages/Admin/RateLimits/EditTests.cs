using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Api.Tests.Pages.Admin.RateLimits;

/// <summary>
/// Admins set an application's own limits at <c>/admin/ratelimits/edit/&lt;client_id&gt;</c>: saved values win over
/// configuration, an empty field falls back to it, every bad input is shown beside its field and saves nothing, a stale
/// edit keeps the input beside the saved version, an unknown client is a 404, and stewards only read.
/// </summary>
public sealed class EditTests : IAsyncLifetime
{
    private const string AtlasUrl = "/admin/ratelimits/edit/atlas-maps";
    private readonly AdminHost _host = LimitsHost.Create();

    public async Task InitializeAsync() => await LimitsHost.RegisterApplicationsAsync(_host);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SavedLimitsWinOverConfigurationAndAnEmptyFieldFallsBackToIt()
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Admin);

        var saved = await PostAsync(admin, AtlasUrl, new() { ["Input.PointsPerHour"] = "1,500", ["Input.MaxCost"] = "80", ["Input.TrustedDocumentsOnly"] = "no" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/ratelimits", saved.Headers.Location!.OriginalString);
        Assert.Equal(["Atlas Maps", "atlas-maps", "1,500", "600", "80", "no", "set in the admin", "Edit"], await CellsAsync(admin, "atlas-maps"));
        // The saving instance applies the edit at once.
        var applied = await _host.Services.GetRequiredService<PartnerApplicationLimitsCache>().ForAsync("atlas-maps");
        Assert.Equal(new PartnerApplicationLimits(1500, null, 80, false), applied);
        var audit = await AuditAsync("atlas-maps");
        Assert.Equal("Updated", audit.Single().Action);
        Assert.Contains("\"MaxCost\":80", audit.Single().After, StringComparison.Ordinal);
        Assert.StartsWith("admin-", audit.Single().Actor, StringComparison.Ordinal);

        var cleared = await PostAsync(admin, AtlasUrl, new() { ["Input.PointsPerHour"] = "", ["Input.MaxCost"] = " ", ["Input.TrustedDocumentsOnly"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(["Atlas Maps", "atlas-maps", "200", "600", "1,000", "yes", "own configuration", "Edit"], await CellsAsync(admin, "atlas-maps"));
        var form = await AdminHost.GetDocumentAsync(admin, AtlasUrl);
        Assert.Equal("200", Input(form, "PointsPerHour").Placeholder);
        Assert.Equal("", Input(form, "PointsPerHour").Value);
    }

    [Theory]
    [InlineData("PointsPerHour", "lots", "'lots' is not a whole number: enter one such as 5000, or leave the field empty for the default.")]
    [InlineData("RequestsPerWindow", "1.5", "'1.5' is not a whole number: enter one such as 5000, or leave the field empty for the default.")]
    [InlineData("MaxCost", "12abc", "'12abc' is not a whole number: enter one such as 5000, or leave the field empty for the default.")]
    [InlineData("PointsPerHour", "0", "Points per hour must be at least 1 (to stop an application, revoke it); leave it empty for the default.")]
    [InlineData("RequestsPerWindow", "-5", "Requests per window must be at least 1 (to stop an application, revoke it); leave it empty for the default.")]
    [InlineData("MaxCost", "0", "The maximum cost must be at least 1 (to stop an application, revoke it); leave it empty for the default.")]
    [InlineData("PointsPerHour", "99999999999999999999999", "Points per hour must be at most 1,000,000.")]
    [InlineData("RequestsPerWindow", "100001", "Requests per window must be at most 100,000.")]
    [InlineData("MaxCost", "5,000,000", "The maximum cost must be at most 1,000,000.")]
    [InlineData("TrustedDocumentsOnly", "maybe", "Choose yes, no, or the default.")]
    public async Task BadInputIsShownBesideItsFieldKeptAndNothingIsSaved(string field, string text, string message)
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Admin);
        // A valid value in another field, which must not be saved either.
        var fields = new Dictionary<string, string> { ["Input.PointsPerHour"] = "300", ["Input.MaxCost"] = "90", ["Input." + field] = text };

        var response = await PostAsync(admin, AtlasUrl, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminHost.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for='Input.{field}']")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".field-validation-error"));
        if (field != "TrustedDocumentsOnly")
        {
            Assert.Equal(text, Input(page, field).Value);
        }

        Assert.Equal(new SavedLimits(PartnerApplicationLimits.None, 0), await SavedAsync("atlas-maps"));
        Assert.Empty(await AuditAsync("atlas-maps"));
    }

    [Fact]
    public async Task AStaleEditKeepsTheInputBesideTheSavedVersionAndSavesNothingUntilSentAgain()
    {
        var alice = await _host.SignedInClientAsync(AdminRoles.Admin);
        var bob = await _host.SignedInClientAsync(AdminRoles.Admin);
        var alicesForm = Fields(await AdminHost.GetDocumentAsync(alice, AtlasUrl));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(bob, AtlasUrl, new() { ["Input.MaxCost"] = "70" })).StatusCode);
        alicesForm["Input.MaxCost"] = "90";
        var stale = await alice.PostAsync(AtlasUrl, new FormUrlEncodedContent(alicesForm));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await AdminHost.ParseAsync(stale);
        Assert.Contains("PartnerApplication atlas-maps was changed by someone else", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var cost = page.QuerySelectorAll("#conflict-table tr").Single(r => r.QuerySelector("th")!.TextContent == "Maximum cost");
        Assert.Equal(("90", "70"), (cost.QuerySelector("td.mine")!.TextContent, cost.QuerySelector("td.saved")!.TextContent));
        Assert.Equal("90", Input(page, "MaxCost").Value);
        Assert.Equal("1", Input(page, "Version").Value);
        Assert.Equal(new SavedLimits(new(null, null, 70, null), 1), await SavedAsync("atlas-maps"));

        // Sent again after seeing Bob's version, Alice's edit is a deliberate overwrite.
        var again = await alice.PostAsync(AtlasUrl, new FormUrlEncodedContent(Fields(page)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(new SavedLimits(new(null, null, 90, null), 2), await SavedAsync("atlas-maps"));
    }

    [Fact]
    public async Task AnUnknownClientIsNotFound()
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/ratelimits/edit/ghost-app")).StatusCode);

        // A form of a known client posted to an unknown one (a stale link to a revoked application).
        var fields = Fields(await AdminHost.GetDocumentAsync(admin, AtlasUrl));
        fields["Input.MaxCost"] = "50";
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/admin/ratelimits/edit/ghost-app", new FormUrlEncodedContent(fields))).StatusCode);
        fields["Input.MaxCost"] = "not a number";
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/admin/ratelimits/edit/ghost-app", new FormUrlEncodedContent(fields))).StatusCode);
    }

    [Fact]
    public async Task AStewardReadsTheLimitsButCannotEditThem()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);

        var page = await AdminHost.GetDocumentAsync(steward, "/admin/ratelimits");
        Assert.Empty(page.QuerySelectorAll("#limits a"));
        Assert.Equal(7, page.QuerySelectorAll("#limits thead th").Length);
        Assert.Contains("Only Admins change them.", page.QuerySelector("p.note")!.TextContent, StringComparison.Ordinal);

        var get = await steward.GetAsync(AtlasUrl);
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/admin/account/accessdenied", get.Headers.Location!.AbsolutePath);
        var post = await steward.PostAsync(AtlasUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.MaxCost"] = "5", ["Input.Version"] = "0" }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/admin/account/accessdenied", post.Headers.Location!.AbsolutePath);
        Assert.Equal(new SavedLimits(PartnerApplicationLimits.None, 0), await SavedAsync("atlas-maps"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        // The select is not an input: post its value unless the test sets one.
        fields.TryAdd("Input.TrustedDocumentsOnly", "");
        return await AdminHost.PostFormAsync(client, url, fields);
    }

    private static Dictionary<string, string> Fields(IHtmlDocument page)
    {
        var form = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is { Length: > 0 }).ToDictionary(i => i.Name!, i => i.Value);
        fields["Input.TrustedDocumentsOnly"] = ((IHtmlSelectElement)form.QuerySelector("select")!).Value ?? "";
        return fields;
    }

    private static IHtmlInputElement Input(IHtmlDocument page, string field) => (IHtmlInputElement)page.QuerySelector($"input[name='Input.{field}']")!;

    private static async Task<string[]> CellsAsync(HttpClient client, string clientId) =>
        (await AdminHost.GetDocumentAsync(client, "/admin/ratelimits"))
            .QuerySelectorAll($"#limits tr[data-client='{clientId}'] td").Select(c => c.TextContent.Trim()).ToArray();

    private async Task<SavedLimits?> SavedAsync(string clientId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<global::SolidarityGraph.Api.Auth.PartnerAccess.PartnerApplications>().LimitsAsync(clientId);
    }

    private async Task<List<(string Action, string Actor, string? After)>> AuditAsync(string clientId)
    {
        var entries = await _host.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == global::SolidarityGraph.Api.Auth.PartnerAccess.PartnerApplications.AuditType && a.EntityId == clientId)
            .OrderBy(a => a.Id)
            .ToListAsync());
        // Registering the application is its first entry; the tests look at what came after.
        return entries.Skip(1).Select(a => (a.Action.ToString(), a.Actor, a.After)).ToList();
    }
}
