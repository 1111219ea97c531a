using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Indicators;

/// <summary>Recording an indicator value needs a quote that occurs in the source's archived text.</summary>
public sealed class RecordTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheQuoteIsCheckedAgainstTheArchivedSourceText()
    {
        var seedFile = Path.Combine(RepositoryPaths.SharedFolder, "seeds", "002_e99b8cddfe84e22e.txt");
        if (!Prerequisite.Require(File.Exists(seedFile), $"seed document {seedFile} is absent", output))
        {
            return;
        }

        var client = await _host.SignedInClientAsync(AdminRoles.Steward);
        var (projectId, sourceId) = await _host.WithDbAsync(async db => (
            await db.Projects.Where(p => p.Title.StartsWith("Supporting women")).Select(p => p.Id).SingleAsync(),
            await db.Sources.Where(s => s.SeedFile == "002_e99b8cddfe84e22e.txt").Select(s => s.Id).SingleAsync()));
        var record = $"/admin/indicators/record?projectId={projectId}";
        var fields = new Dictionary<string, string>
        {
            ["Input.NewCode"] = "SG:GREEN_SPACE_BUILDERS", ["Input.NewTitle"] = "Trained women developing green spaces",
            ["Input.Kind"] = "Target", ["Input.Value"] = "10", ["Input.Comparator"] = "Eq", ["Input.SourceId"] = sourceId,
            ["Input.Quote"] = "A group of 10 trained women continues to develop new green spaces",
        };

        var notArchived = await AdminHost.ParseAsync(await AdminHost.PostFormAsync(client, record, fields));
        Assert.Contains("no archived text", notArchived.QuerySelector("span[data-valmsg-for='Input.SourceId']")!.TextContent, StringComparison.Ordinal);

        // A different file is not this source: its hash differs.
        Assert.Contains("not the same document", await UploadAsync(client, sourceId, "not the seed"u8.ToArray()), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await UploadAsync(client, sourceId, await File.ReadAllBytesAsync(seedFile)));

        var misquoted = await AdminHost.ParseAsync(await AdminHost.PostFormAsync(client, record, new(fields) { ["Input.Quote"] = "A group of 12 trained women" }));
        Assert.Contains("does not occur", misquoted.QuerySelector("span[data-valmsg-for='Input.Quote']")!.TextContent, StringComparison.Ordinal);

        // Whitespace differences are tolerated; the stored span points at the original text.
        var saved = await AdminHost.PostFormAsync(client, record, new(fields) { ["Input.Quote"] = "A group of 10 trained   women\ncontinues to develop new green spaces" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await AdminHost.GetDocumentAsync(client, $"/admin/projects/details/{projectId}");
        var heading = details.QuerySelectorAll("h3").Single(h => h.TextContent.Contains("SG:GREEN_SPACE_BUILDERS", StringComparison.Ordinal));
        var value = heading.NextElementSibling!.QuerySelector("li.indicator-value")!.TextContent;
        Assert.StartsWith("Target: 10", value.Trim(), StringComparison.Ordinal);
        Assert.Contains("«A group of 10 trained women continues to develop new green spaces»", value, StringComparison.Ordinal);
        var citation = await _host.WithDbAsync(db => (from i in db.Indicators
                                                      join v in db.IndicatorValues on i.Id equals v.IndicatorId
                                                      join c in db.Citations on v.Id equals c.Subject.Id
                                                      where i.Code == "SG:GREEN_SPACE_BUILDERS"
                                                      select c).SingleAsync());
        Assert.Equal(AssertionKind.Stated, citation.Assertion);
        Assert.True(citation.CharStart > 0 && citation.CharEnd > citation.CharStart);
    }

    [Fact]
    public async Task AQuoteNamingAKnownPersonIsAFormErrorUntilMarkedAsPersonalData()
    {
        const string Text = "Mr.Guillermo Rojo reported that 25 women were trained in Cusco.";
        var client = await _host.SignedInClientAsync(AdminRoles.Steward);
        var (projectId, sourceId) = await _host.WithDbAsync(async db =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(Text);
            var source = SourceText.ArchiveVerified(new Source("Visit report", "en", SourceText.Sha256Of(bytes), DateTime.UtcNow), bytes);
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            return (await db.Projects.Where(p => p.Title.StartsWith("Supporting women")).Select(p => p.Id).SingleAsync(), source.Id);
        });
        var record = $"/admin/indicators/record?projectId={projectId}";
        var fields = new Dictionary<string, string>
        {
            ["Input.NewCode"] = "SG:WOMEN_TRAINED_CUSCO", ["Input.NewTitle"] = "Women trained in Cusco",
            ["Input.Kind"] = "Actual", ["Input.Value"] = "25", ["Input.Comparator"] = "Eq", ["Input.SourceId"] = sourceId,
            ["Input.Quote"] = Text, ["Input.ContainsPersonalData"] = "false", // the box left unticked
        };

        var refused = await AdminHost.ParseAsync(await AdminHost.PostFormAsync(client, record, fields));
        Assert.Contains("names a known person", refused.QuerySelector("span[data-valmsg-for='Input.ContainsPersonalData']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await _host.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Code == "SG:WOMEN_TRAINED_CUSCO")));

        var saved = await AdminHost.PostFormAsync(client, record, new(fields) { ["Input.ContainsPersonalData"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await _host.WithDbAsync(db => db.Citations.AnyAsync(c => c.SourceId == sourceId && c.ContainsPersonalData)));
    }

    private static async Task<string> UploadAsync(HttpClient client, string sourceId, byte[] content)
    {
        var form = await AdminHost.GetDocumentAsync(client, $"/admin/sources/archive/{sourceId}");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!), "Input.Version" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        body.Add(file, "Input.File", "source.txt");
        var response = await client.PostAsync($"/admin/sources/archive/{sourceId}", body);
        return response.StatusCode == HttpStatusCode.Redirect
            ? string.Empty
            : (await AdminHost.ParseAsync(response)).QuerySelector("span[data-valmsg-for='Input.File']")!.TextContent;
    }
}
