using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Sources;

public sealed class SourcePagesTests : IAsyncLifetime
{
    private const string Document = "Grant note\r\n\r\nThe setec Foundation granted 16,322 euros to Mano a Mano in 2024. The grant pays for two looms.";

    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task PastedTextIsArchivedWithItsSha256AndTheSameDocumentAgainIsRefusedWithALinkToTheSource()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);

        var created = await AdminHost.PostFormAsync(steward, "/admin/sources/create", new()
        {
            ["Input.Text"] = Document, ["Input.Title"] = "Grant note", ["Input.Language"] = "en", ["Input.Publisher"] = "setec Foundation",
            ["Input.Url"] = "https://example.org/grant", ["Input.PublishedAt"] = "2024-05", ["Input.License"] = "CC BY 4.0",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var lf = Document.ReplaceLineEndings("\n");
        var source = await _host.WithDbAsync(db => db.Sources.SingleAsync(s => s.Id == id));
        Assert.Equal((Sha256(lf), lf, "https://example.org/grant", "2024-05", "CC BY 4.0"),
            (source.ContentSha256, source.ArchivedText, source.Url, source.PublishedAt?.ToString(), source.License));
        Assert.Equal("setec Foundation", await _host.WithDbAsync(db => db.Organisations.Where(o => o.Id == source.PublisherId).Select(o => o.Name).SingleAsync()));
        var details = await AdminHost.GetDocumentAsync(steward, $"/admin/sources/details/{id}");
        Assert.Equal("setec Foundation", details.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Publisher").NextElementSibling!.TextContent.Trim());

        var again = await AdminHost.PostFormAsync(steward, "/admin/sources/create", new() { ["Input.Text"] = lf, ["Input.Title"] = "Same note", ["Input.Language"] = "en" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await AdminHost.ParseAsync(again);
        Assert.Equal($"/admin/sources/details/{id}", page.QuerySelector("#duplicate a")!.GetAttribute("href"));
        Assert.Equal($"The same document (SHA-256 {Sha256(lf)}) is already source «Grant note».",
            page.QuerySelector("[data-valmsg-for='Input.Text']")!.TextContent);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Sources.CountAsync(s => s.Title == "Same note")));
    }

    [Fact]
    public async Task AnUploadedFileIsArchivedByteForByte()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var form = await AdminHost.GetDocumentAsync(steward, "/admin/sources/create");
        var bytes = Encoding.UTF8.GetBytes(Document);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("Uploaded note"), "Input.Title" },
            { new StringContent("es"), "Input.Language" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "Input.File", "note.txt");

        var response = await steward.PostAsync("/admin/sources/create", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var source = await _host.WithDbAsync(db => db.Sources.SingleAsync(s => s.Title == "Uploaded note"));
        Assert.Equal((Sha256(Document), Document, "es"), (source.ContentSha256, source.ArchivedText, source.Language));
    }

    [Theory]
    [InlineData("", "Upload the document or paste its text.")]
    [InlineData("  ", "Upload the document or paste its text.")]
    public async Task ASourceWithoutADocumentIsRefused(string text, string message)
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var before = await _host.WithDbAsync(db => db.Sources.CountAsync());

        var response = await AdminHost.PostFormAsync(steward, "/admin/sources/create", new() { ["Input.Text"] = text, ["Input.Title"] = "Empty" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AdminHost.ParseAsync(response)).QuerySelector("[data-valmsg-for='Input.File']")!.TextContent);
        Assert.Equal(before, await _host.WithDbAsync(db => db.Sources.CountAsync()));
    }

    [Fact]
    public async Task AnUnknownPublisherIsRefusedNextToItsField()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);

        var response = await AdminHost.PostFormAsync(steward, "/admin/sources/create", new() { ["Input.Text"] = "Some text.", ["Input.Title"] = "T", ["Input.Publisher"] = "Nobody Inc" });

        Assert.Equal("No organisation is named 'Nobody Inc'. Choose one of the suggestions.",
            (await AdminHost.ParseAsync(response)).QuerySelector("[data-valmsg-for='Input.Publisher']")!.TextContent);
    }

    [Fact]
    public async Task EditingChangesTheDescriptionAndKeepsTheText()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var id = await CreateAsync(steward, "Draft title");

        var saved = await AdminHost.PostFormAsync(steward, $"/admin/sources/edit/{id}", new()
        {
            ["Input.Title"] = "Final title", ["Input.Publisher"] = "Generalitat Valenciana", ["Input.PublishedAt"] = "2023",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var source = await _host.WithDbAsync(db => db.Sources.SingleAsync(s => s.Id == id));
        Assert.Equal(("Final title", "2023", Document.ReplaceLineEndings("\n")), (source.Title, source.PublishedAt?.ToString(), source.ArchivedText));
        var form = await AdminHost.GetDocumentAsync(steward, $"/admin/sources/edit/{id}");
        Assert.Equal("Generalitat Valenciana", form.QuerySelector("input[name='Input.Publisher']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task DeletingACitedSourceIsRefusedNamingTheCitingRecordsAndAnUncitedOneIsDeleted()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var id = await CreateAsync(steward, "Cited note");
        await _host.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Title == "Policy Advocacy Project");
            var source = await db.Sources.SingleAsync(s => s.Id == id);
            db.Citations.Add(SourceText.Cite(source, project.AsSubject(), new CitationRequest("two looms", ["objectives"]), "test", DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        var page = await AdminHost.GetDocumentAsync(steward, $"/admin/sources/delete/{id}");
        Assert.Equal(["Policy Advocacy Project (objectives)"], page.QuerySelectorAll("#blocking li").Select(li => li.TextContent.Trim()));
        Assert.Null(page.QuerySelector("main form[method=post]"));

        var uncited = await CreateAsync(steward, "Uncited note", "Another document.");
        var deleted = await AdminHost.PostFormAsync(steward, $"/admin/sources/delete/{uncited}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _host.WithDbAsync(db => db.Sources.AnyAsync(s => s.Id == uncited)));
        Assert.True(await _host.WithDbAsync(db => db.Sources.AnyAsync(s => s.Id == id)));
    }

    private static async Task<string> CreateAsync(HttpClient steward, string title, string text = Document)
    {
        var created = await AdminHost.PostFormAsync(steward, "/admin/sources/create", new() { ["Input.Text"] = text, ["Input.Title"] = title, ["Input.Language"] = "en" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString.Split('/').Last();
    }
}
