using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// An analyst signs in from Banana Cake Pop's connection settings (Authorization → OAuth 2, authorization code with
/// PKCE) against the server's built-in <c>banana-cake-pop</c> client, in headless Chromium: BCP opens the sign-in in a
/// popup, the popup lands back on the IDE's own URL with the code, BCP exchanges it and sends the token as a bearer.
/// </summary>
[Collection(PartnerServerCollection.Name)]
public sealed class BananaCakePopSignInTests(PartnerServerFixture fixture, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    // Steward-only: beneficiaries' records and public contacts' e-mail addresses (the seed has contacts, no beneficiaries).
    private const string StewardOnly = "query Stewarded { entrepreneurs(first: 2) { totalCount } publicContacts(first: 2) { nodes { fullName email } } }";

    [Fact]
    public async Task AnalystSignsInThroughOAuthSettingsAndRunsAStewardOnlyQuery()
    {
        if (!browser.Require(output))
        {
            return;
        }

        // Without a token the same query is refused: what follows proves the sign-in, not an open field.
        var (_, anonymous) = await fixture.GraphQLAsync(null, StewardOnly);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var context = await browser.NewContextAsync(fixture.Server.BaseAddress.ToString(), options =>
        {
            options.ViewportSize = new ViewportSize { Width = 1400, Height = 900 }; // BCP's editor needs the wider window
            options.Timeout = 60_000;
            options.ServiceWorkers = ServiceWorkerPolicy.Block;
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var ide = new Uri(fixture.Issuer, "graphql/").ToString();
        await page.GotoAsync(ide);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).First.ClickAsync();
        await page.GetByText("Schema available").WaitForAsync();

        // The settings exactly as the README lists them.
        await page.GetByRole(AriaRole.Button, new() { Name = "Connection Settings" }).ClickAsync();
        await page.Locator("button", new() { HasTextString = "Authorization" }).ClickAsync();
        await page.SelectOptionAsync("#auth-flow", new SelectOptionValue { Label = "OAuth 2" });
        Assert.Equal("Authorization Code", await page.Locator("#grant-type option:checked").InnerTextAsync());
        await page.FillAsync("#authorizationUrl", new Uri(fixture.Issuer, "connect/authorize").ToString());
        await page.FillAsync("#accessTokenUrl", new Uri(fixture.Issuer, "connect/token").ToString());
        await page.FillAsync("#clientId", "banana-cake-pop");
        await page.FillAsync("#redirectUrl", ide);
        await page.FillAsync("#scope", "graph.read pii.read");
        await page.FillAsync("#state", "bcp-" + Guid.NewGuid().ToString("N"));

        // Fetch opens the sign-in in a popup: the real login page, then the consent page.
        var popup = await page.RunAndWaitForPopupAsync(() => page.Locator("button", new() { HasTextString = "Fetch" }).ClickAsync());
        await popup.GetByLabel("E-mail").FillAsync(ReadmeServer.AdminEmail);
        await popup.GetByLabel("Password").FillAsync(ReadmeServer.AdminPassword);
        await popup.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("Allow Banana Cake Pop to use SolidarityGraph as you?", await popup.Locator("h1").InnerTextAsync());
        var exchange = await page.RunAndWaitForResponseAsync(
            () => popup.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync(),
            r => r.Url.EndsWith("/connect/token", StringComparison.Ordinal));
        Assert.Equal(200, exchange.Status);
        var token = JsonNode.Parse(await exchange.TextAsync())!["access_token"]!.GetValue<string>();
        Assert.Equal(token, await page.Locator("#access_token").InputValueAsync());
        Assert.Equal("graph.read pii.read", ForgedTokens.Payload(token)["scope"]!.GetValue<string>());
        await page.Locator("button", new() { HasTextString = "Apply" }).ClickAsync();
        await page.Locator("#auth-flow").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // The steward-only query, typed into the request editor and run: BCP sends the token and shows the answer.
        await page.Locator(".monaco-editor").First.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(StewardOnly);
        await page.Locator(".monaco-editor").First.GetByText("Stewarded").WaitForAsync();
        var run = await RunAsync(page);
        Assert.Equal("Bearer " + token, (await run.Request.AllHeadersAsync())["authorization"]);
        var answer = JsonNode.Parse(await run.TextAsync())!;
        Assert.Null(answer["errors"]);
        Assert.Equal(0, answer["data"]!["entrepreneurs"]!["totalCount"]!.GetValue<int>());
        var contact = answer["data"]!["publicContacts"]!["nodes"]![0]!;
        Assert.True(contact.AsObject().ContainsKey("email"));

        // BCP's result pane shows the answer, without the refusal an anonymous caller gets.
        await page.GetByText($"\"{contact["fullName"]!.GetValue<string>()}\"").WaitForAsync();
        Assert.DoesNotContain("AUTH_NOT", await page.Locator(".monaco-editor").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
    }

    // BCP may still be reloading the schema with the new credentials when Run is first clicked, and then ignores it.
    private async Task<IResponse> RunAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = page.WaitForResponseAsync(
                r => r.Request.Method == "POST" && r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.PostData?.Contains("Stewarded", StringComparison.Ordinal) == true,
                new() { Timeout = 20_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" }).ClickAsync();
            try
            {
                return await response;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                output.WriteLine($"Run attempt {attempt} sent nothing; clicking again.");
            }
            catch (TimeoutException)
            {
                var screenshot = Path.Combine(SolidarityGraph.Testing.RepositoryPaths.RepositoryRoot, "artifacts", "screenshots", "bcp-sign-in.png");
                Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
                await page.ScreenshotAsync(new() { Path = screenshot });
                output.WriteLine($"screenshot: {screenshot}");
                throw;
            }
        }
    }
}
