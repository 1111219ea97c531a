using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Testing.Browser;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Sources;

/// <summary>New sources in headless Chromium: one pasted, one uploaded, and the same document uploaded again.</summary>
public sealed class SourceBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private LiveAdmin _admin = null!;

    public Task InitializeAsync()
    {
        _admin = LiveAdmin.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _admin.DisposeAsync();

    [Fact]
    public async Task AStewardPastesOneDocumentUploadsAnotherAndIsPointedToTheExistingSourceForADuplicate()
    {
        if (!browser.Require(output))
        {
            return;
        }

        var page = await _admin.SignInAsync(await browser.NewContextAsync(_admin.BaseUrl), AdminRoles.Steward);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sources", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New source" }).ClickAsync();
        await page.GetByLabel("or paste the document's text").FillAsync("Press release\n\nThe cooperative opened a second shop.");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Press release, May 2024");
        await page.GetByLabel("Publisher (organisation)").FillAsync("setec Foundation");
        await page.GetByLabel("Published").FillAsync("2024-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create source" }).ClickAsync();
        Assert.Equal("Press release, May 2024", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.StartsWith("yes (", await page.Locator("dt:text-is('Text archived') + dd").InnerTextAsync(), StringComparison.Ordinal);
        var pasted = await _admin.Host.WithDbAsync(db => db.Sources.SingleAsync(s => s.Title == "Press release, May 2024"));
        Assert.Equal("Press release\n\nThe cooperative opened a second shop.", pasted.ArchivedText);

        var upload = Encoding.UTF8.GetBytes("Audit 2023\r\nAll accounts were found in order.\r\n");
        await page.GotoAsync("/admin/sources/create");
        await page.GetByLabel("Upload a text file").SetInputFilesAsync(new FilePayload { Name = "audit.txt", MimeType = "text/plain", Buffer = upload });
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Audit 2023");
        await page.GetByLabel("Language of the text").FillAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create source" }).ClickAsync();
        Assert.Equal("Audit 2023", (await page.Locator("h1").InnerTextAsync()).Trim());
        var uploaded = await _admin.Host.WithDbAsync(db => db.Sources.SingleAsync(s => s.Title == "Audit 2023"));
        Assert.Equal(SourceText.Sha256Of(upload), uploaded.ContentSha256);
        var uploadedUrl = page.Url;

        await page.GotoAsync("/admin/sources/create");
        await page.GetByLabel("Upload a text file").SetInputFilesAsync(new FilePayload { Name = "copy.txt", MimeType = "text/plain", Buffer = upload });
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Audit copy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create source" }).ClickAsync();
        Assert.Contains("is already source «Audit 2023»", await page.Locator("[data-valmsg-for='Input.File']").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#duplicate").GetByRole(AriaRole.Link, new() { Name = "Audit 2023" }).ClickAsync();
        Assert.Equal(uploadedUrl, page.Url);
        Assert.False(await _admin.Host.WithDbAsync(db => db.Sources.AnyAsync(s => s.Title == "Audit copy")));
    }
}
