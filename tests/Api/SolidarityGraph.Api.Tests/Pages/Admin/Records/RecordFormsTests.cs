using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Records;

/// <summary>
/// The create and edit pages of events, event series, trainings, campaigns and indicators over HTTP, as a browser
/// posts them: a stale edit shows both versions and saves nothing; a broken rule or an unknown name is shown next to
/// its field and saves nothing.
/// </summary>
public sealed class RecordFormsTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, string> Types => new()
    {
        // folder, the field the two stewards both change, and the required reference chosen from the suggestions
        { "events", "Input.Title", "" },
        { "eventseries", "Input.Title", "" },
        { "trainings", "Input.Title", "Input.Project" },
        { "campaigns", "Input.Name", "Input.Project" },
        { "indicators", "Input.Title", "Input.Result" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task AStaleEditShowsBothVersionsAndSavesNothing(string folder, string field, string reference)
    {
        var (alice, bob) = (await _host.SignedInClientAsync(AdminRoles.Steward), await _host.SignedInClientAsync(AdminRoles.Steward));
        var id = await CreateAsync(alice, folder, field, "Original", reference);
        var bobsForm = Values(await AdminHost.GetDocumentAsync(bob, $"/admin/{folder}/edit/{id}"));

        var alicesSave = await AdminHost.PostFormAsync(alice, $"/admin/{folder}/edit/{id}", new() { [field] = "Alice's version" });
        Assert.Equal(HttpStatusCode.Redirect, alicesSave.StatusCode);
        bobsForm[field] = "Bob's version";
        var bobsPost = await bob.PostAsync($"/admin/{folder}/edit/{id}", new FormUrlEncodedContent(bobsForm));

        Assert.Equal(HttpStatusCode.OK, bobsPost.StatusCode);
        var page = await AdminHost.ParseAsync(bobsPost);
        var row = page.QuerySelectorAll("#conflict-table tbody tr").Single(tr => tr.QuerySelector("td.mine")!.TextContent == "Bob's version");
        Assert.Equal("Alice's version", row.QuerySelector("td.saved")!.TextContent);
        Assert.Equal("Bob's version", ((IHtmlInputElement)page.QuerySelector($"input[name='{field}']")!).Value);
        Assert.Equal("Alice's version", await TitleAsync(id));

        // Having seen both, Bob saves again on purpose: the form now carries the saved version.
        Assert.Equal(HttpStatusCode.Redirect, (await bob.PostAsync($"/admin/{folder}/edit/{id}", new FormUrlEncodedContent(Values(page)))).StatusCode);
        Assert.Equal("Bob's version", await TitleAsync(id));
    }

    [Fact]
    public async Task AnEventEndingBeforeItStartsIsRefusedAtTheEndFieldAndNothingIsSaved()
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var before = await _host.WithDbAsync(db => db.Events.CountAsync());

        var response = await AdminHost.PostFormAsync(steward, "/admin/events/create",
            new() { ["Input.Title"] = "Backwards fair", ["Input.Start"] = "2025-05", ["Input.End"] = "2025-04" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminHost.ParseAsync(response);
        Assert.Contains("Event start", page.QuerySelector("span[data-valmsg-for='Input.End']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-04", ((IHtmlInputElement)page.QuerySelector("input[name='Input.End']")!).Value);
        Assert.Equal(before, await _host.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Theory]
    [InlineData("/admin/events/create", "Input.Place", "Atlantis", "No place is named 'Atlantis'")]
    [InlineData("/admin/trainings/create", "Input.DeliveredBy[0]", "Nobody Ltd", "No organisation is named 'Nobody Ltd'")]
    [InlineData("/admin/indicators/create", "Input.Subject", "Nothing at all", "No record is named 'Nothing at all'")]
    [InlineData("/admin/campaigns/create", "Input.Materials[0].Title", "A mural without a kind", "Choose what kind of material this is.")]
    public async Task AnUnknownNameOrAnIncompleteRowIsRefusedNextToItsFieldAndNothingIsSaved(string url, string field, string text, string message)
    {
        var steward = await _host.SignedInClientAsync(AdminRoles.Steward);
        var form = await AdminHost.GetDocumentAsync(steward, url);
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Refused", ["Input.Name"] = "Refused", ["Input.Code"] = "SG:REFUSED", [field] = text };
        foreach (var required in new[] { "Input.Project", "Input.Result" })
        {
            if (FirstSuggestion(form, required) is { } name)
            {
                fields[required] = name;
            }
        }

        var before = await CountAsync();
        var response = await AdminHost.PostFormAsync(steward, url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminHost.ParseAsync(response);
        var key = field.EndsWith(".Title", StringComparison.Ordinal) ? field.Replace(".Title", ".Type", StringComparison.Ordinal) : field;
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{key}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    private Task<int> CountAsync() => _host.WithDbAsync(async db =>
        await db.Events.CountAsync() + await db.Trainings.CountAsync() + await db.Indicators.CountAsync() + await db.Campaigns.CountAsync());

    private async Task<string> CreateAsync(HttpClient client, string folder, string field, string value, string reference)
    {
        var url = $"/admin/{folder}/create";
        var fields = new Dictionary<string, string> { [field] = value, ["Input.Code"] = "SG:STALE_TEST" };
        if (reference.Length > 0)
        {
            fields[reference] = FirstSuggestion(await AdminHost.GetDocumentAsync(client, url), reference)!;
        }

        var created = await AdminHost.PostFormAsync(client, url, fields);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        return created.Headers.Location!.OriginalString.Split('/').Last();
    }

    private Task<string> TitleAsync(string id) => _host.WithDbAsync(async db =>
        (await EntityCatalog.FindAnyAsync(db, id))?.Entity switch
        {
            Domain.Events.Event e => e.Title,
            Domain.Events.EventSeries s => s.Title,
            Domain.Events.Training t => t.Title,
            Domain.Campaigns.Campaign c => c.Name,
            Domain.Indicators.Indicator i => i.Title,
            var other => throw new InvalidOperationException($"unexpected {other}"),
        });

    private static string? FirstSuggestion(IHtmlDocument form, string field) =>
        form.QuerySelector($"input[name='{field}']") is { } input && input.GetAttribute("list") is { } list
            ? form.GetElementById(list)?.QuerySelector("option")?.GetAttribute("value") : null;

    // What a browser posts: every named input, select and text area of the main form as rendered.
    private static Dictionary<string, string> Values(IHtmlDocument page)
    {
        var form = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when box.IsChecked: values[box.Name!] = box.Value; break;
                case IHtmlInputElement { Type: "checkbox" or "submit" }: break;
                case IHtmlInputElement input when input.Name is { Length: > 0 }: values.TryAdd(input.Name, input.Value); break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 }: values[select.Name] = select.Value ?? string.Empty; break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 }: values[area.Name] = area.Value; break;
            }
        }

        return values;
    }
}
