using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SolidarityGraph.Api.Tests.Auth.PartnerAccess;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.PartnerApplications;

/// <summary>
/// Stewards with the Admin role manage partner applications in the admin, driven in headless Chromium against the
/// real server process; the application then gets its tokens over plain HTTP like a partner's program would.
/// </summary>
[Collection(PartnerServerCollection.Name)]
public sealed class ManageTests(PartnerServerFixture fixture, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string PublicQuery = "{ projects(first: 2) { totalCount nodes { title } } }";

    [Fact]
    public async Task AdminRegistersRotatesAndRevokesAnApplicationWhoseSecretIsShownOnce()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await SignInAsync(ReadmeServer.AdminEmail, ReadmeServer.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Partner apps" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Register an application" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Atlas Maps");
        await page.GetByLabel("Contact").FillAsync("Ada Lovelace <ada@atlas.example>");
        await page.GetByLabel("graph.read").CheckAsync();
        var posted = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Contains("no-store", (await posted.AllHeadersAsync())["cache-control"], StringComparison.Ordinal);

        // Copied from the page, as a steward would: the client id was derived from the name.
        var secret = await page.GetByLabel("Client secret").InputValueAsync();
        Assert.Equal(43, secret.Length);
        var token = await fixture.TokenAsync("atlas-maps", secret: secret);
        var (response, json) = await fixture.GraphQLAsync(token, PublicQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json!["data"]!["projects"]!["totalCount"]!.GetValue<int>() > 0);

        // Revisiting the list shows the application, its last use, and never the secret.
        await page.GotoAsync("/admin/partnerapplications");
        var row = page.Locator("tr[data-client='atlas-maps']");
        Assert.Contains("Ada Lovelace <ada@atlas.example>", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("never", await row.Locator("td").Nth(6).InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByLabel("Client secret").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Rotate the secret of atlas-maps" }).ClickAsync();
        var rotated = await page.GetByLabel("Client secret").InputValueAsync();
        Assert.NotEqual(secret, rotated);
        await AssertInvalidClientAsync("atlas-maps", secret);
        var live = await fixture.TokenAsync("atlas-maps", secret: rotated);
        Assert.Equal(HttpStatusCode.OK, (await fixture.GraphQLAsync(live, PublicQuery)).Response.StatusCode);

        await page.GotoAsync("/admin/partnerapplications");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke atlas-maps" }).ClickAsync();
        Assert.Contains("atlas-maps revoked", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("tr[data-client='atlas-maps']").CountAsync());
        var (refused, _) = await fixture.GraphQLAsync(live, PublicQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("error=\"invalid_token\"", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        await AssertInvalidClientAsync("atlas-maps", rotated);

        // Audited, by the signed-in Admin, without either secret; and neither secret was ever logged.
        var audit = AuditRows("atlas-maps");
        Assert.Equal(["Created", "Updated", "Deleted"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(ReadmeServer.AdminEmail, a.Actor));
        Assert.Contains("\"secret\":\"replaced\"", audit[1].After, StringComparison.Ordinal);
        Assert.All(audit, a => Assert.DoesNotContain(secret, a.Before + a.After, StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(rotated, a.Before + a.After, StringComparison.Ordinal));
        Assert.Equal(3, await page.Locator("#changes tr", new() { HasTextString = "atlas-maps" }).CountAsync());
        Assert.DoesNotContain(fixture.Server.Lines, line => line.Contains(secret, StringComparison.Ordinal) || line.Contains(rotated, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidInputShowsEveryErrorAndSavesNothing()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await SignInAsync(ReadmeServer.AdminEmail, ReadmeServer.AdminPassword);
        await page.GotoAsync("/admin/partnerapplications/create");
        await page.GetByLabel("Client id").FillAsync("broken-app");
        await page.GetByLabel("Contact").FillAsync("ops@partner.example");
        await page.GetByLabel("Redirect URIs").FillAsync("http://partner.example/callback");
        // A scope the form does not offer, as a tampered or outdated form would post it.
        await page.EvaluateAsync("() => document.querySelector('fieldset').insertAdjacentHTML('beforeend', '<input type=checkbox name=\"Input.Scopes\" value=\"graph.admin\" checked>')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        Assert.Equal("Name the application.", await page.Locator("[data-valmsg-for='Input.Name']").InnerTextAsync());
        Assert.StartsWith("Unknown scope(s): graph.admin.", await page.Locator("[data-valmsg-for='Input.Scopes']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("The redirect URI 'http://partner.example/callback' must be an absolute https URI (http only for loopback) without a fragment.",
            await page.Locator("[data-valmsg-for='Input.RedirectUris']").InnerTextAsync());
        Assert.Equal("ops@partner.example", await page.GetByLabel("Contact").InputValueAsync()); // nothing typed is lost
        Assert.Equal(0, await page.GetByLabel("Client secret").CountAsync());

        await page.GotoAsync("/admin/partnerapplications");
        Assert.Equal(0, await page.Locator("tr[data-client='broken-app']").CountAsync());
        // The IDE's client is listed as built in, without a secret to rotate nor a revoke button.
        Assert.Contains("(built in)", await page.Locator("tr[data-client='banana-cake-pop']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("tr[data-client='banana-cake-pop'] button").CountAsync());
        Assert.Empty(AuditRows("broken-app"));
    }

    [Fact]
    public async Task PiiReadIsRefusedForAPartnerApplication()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await SignInAsync(ReadmeServer.AdminEmail, ReadmeServer.AdminPassword);
        await page.GotoAsync("/admin/partnerapplications/create");
        await page.GetByLabel("Name").FillAsync("Nosy Partner");
        await page.GetByLabel("Contact").FillAsync("nosy@partner.example");
        await page.GetByLabel("graph.read").CheckAsync();
        await page.GetByLabel("pii.read").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        Assert.Equal("A partner application cannot hold pii.read: personal data is for signed-in stewards only.",
            await page.Locator("[data-valmsg-for='Input.Scopes']").InnerTextAsync());
        Assert.Empty(AuditRows("nosy-partner"));
    }

    [Fact]
    public async Task AStewardWithoutTheAdminRoleIsDenied()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var admin = await SignInAsync(ReadmeServer.AdminEmail, ReadmeServer.AdminPassword);
        const string email = "steward-apps@example.org", password = "Steward-Password-123";
        await admin.GotoAsync("/admin/users/create");
        await admin.GetByLabel("E-mail").FillAsync(email);
        await admin.GetByLabel("Password").FillAsync(password);
        await admin.GetByLabel("Role").SelectOptionAsync("Steward");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();

        var steward = await SignInAsync(email, password);
        Assert.Equal(0, await steward.GetByRole(AriaRole.Link, new() { Name = "Partner apps" }).CountAsync());
        foreach (var path in new[] { "/admin/partnerapplications", "/admin/partnerapplications/create" })
        {
            await steward.GotoAsync(path);
            Assert.Equal("Access denied", await steward.Locator("h1").InnerTextAsync());
        }

        // A forged post (no antiforgery token) changes nothing either, even for an Admin.
        var forged = await admin.Context.APIRequest.PostAsync($"{fixture.Server.BaseAddress}admin/partnerapplications?handler=Revoke&clientId=reader");
        Assert.Equal(400, forged.Status);
        Assert.NotNull(await fixture.TokenAsync("reader"));
    }

    private async Task<IPage> SignInAsync(string email, string password)
    {
        var context = await browser.NewContextAsync(fixture.Server.BaseAddress.ToString());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    private async Task AssertInvalidClientAsync(string clientId, string secret)
    {
        using var response = await fixture.RequestTokenAsync(clientId, null, secret);
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    // Read from the server's database file, as an operator would audit it.
    private List<(string Action, string Actor, string? Before, string? After)> AuditRows(string clientId)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.Server.Folder, "data", "solidaritygraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Action, Actor, Before, After FROM AuditEntries WHERE EntityType = 'PartnerApplication' AND EntityId = $id ORDER BY Id";
        command.Parameters.AddWithValue("$id", clientId);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string?, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return rows;
    }
}
