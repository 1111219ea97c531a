using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>
/// <c>/admin/go/{id}</c> opens a record by its GraphQL global ID or by its key, and every detail page shows the
/// GraphQL ID, so a steward can move between the API and the admin with either name.
/// </summary>
public sealed class GoTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();
    private HttpClient _steward = null!;

    public async Task InitializeAsync() => _steward = await _host.SignedInClientAsync(AdminRoles.Steward);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AGlobalIdOpensTheRecordsOwnPage()
    {
        var project = await FirstAsync("Project");

        var response = await _steward.GetAsync($"/admin/go/{GlobalId.Encode("Project", project)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/projects/details/{project}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AKeyOpensTheRecordsOwnPage()
    {
        var organisation = await FirstAsync("Organisation");

        var response = await _steward.GetAsync($"/admin/go/{organisation}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/organisations/details/{organisation}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AGlobalIdOfARecordWithoutItsOwnPageOpensTheGenericPage()
    {
        var budget = await _host.WithDbAsync(db => db.Budgets.Select(b => b.Id).FirstAsync());

        var response = await _steward.GetAsync($"/admin/go/{GlobalId.Encode("Budget", budget)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/browse/budget/{budget}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("UHJvamVjdDpub3QtYS11bGlk")] // "Project:not-a-ulid"
    [InlineData("V2lkZ2V0OjAxSkQyWjVOOFEzVzRYNVk2WjdBOEI5QzBE")] // "Widget:…", no such node type
    public async Task TextThatIsNeitherAGlobalIdNorAKeyIsABadRequestThatSaysSo(string id)
    {
        var response = await _steward.GetAsync($"/admin/go/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await AdminHost.ParseAsync(response)).QuerySelector("#go-problem")!.TextContent;
        Assert.StartsWith("This is neither a GraphQL ID nor a record key", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWellFormedIdOfNoRecordIsNotFoundAndSaysSo()
    {
        var project = await FirstAsync("Project");

        var unknown = await _steward.GetAsync($"/admin/go/{GlobalId.Encode("Project", EntityId.New())}");
        var wrongType = await _steward.GetAsync($"/admin/go/{GlobalId.Encode("Organisation", project)}");
        var unknownKey = await _steward.GetAsync($"/admin/go/{EntityId.New()}");

        Assert.Equal(
            [(HttpStatusCode.NotFound, "No Project has this ID; it may have been deleted."),
             (HttpStatusCode.NotFound, "No Organisation has this ID; it may have been deleted."),
             (HttpStatusCode.NotFound, "No record has this key.")],
            [await ProblemAsync(unknown), await ProblemAsync(wrongType), await ProblemAsync(unknownKey)]);
    }

    [Theory]
    [InlineData("Project", "/admin/projects/details/{0}")]
    [InlineData("Organisation", "/admin/organisations/details/{0}")]
    [InlineData("Source", "/admin/sources/details/{0}")]
    [InlineData("Place", "/admin/browse/place/{0}")]
    public async Task EveryDetailPageShowsTheGraphQLIdThatOpensItAgain(string typeName, string page)
    {
        var key = await FirstAsync(typeName);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, page, key);

        var shown = (await AdminHost.GetDocumentAsync(_steward, url)).QuerySelector("code#graphql-id")!.TextContent;

        Assert.Equal(GlobalId.Encode(typeName, key), shown);
        Assert.Equal(url, (await _steward.GetAsync($"/admin/go/{shown}")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ARecordTheApiDoesNotServeSaysItHasNoGraphQLId()
    {
        var membership = await _host.WithDbAsync(db => db.Memberships.Select(m => m.Id).FirstAsync());

        var document = await AdminHost.GetDocumentAsync(_steward, $"/admin/browse/membership/{membership}");

        Assert.Null(document.QuerySelector("code#graphql-id"));
        Assert.Contains("none: Membership records are not served by the GraphQL API", document.QuerySelector("dl.fields")!.TextContent, StringComparison.Ordinal);
    }

    private Task<string> FirstAsync(string typeName) => _host.WithDbAsync(db => typeName switch
    {
        "Project" => db.Projects.Select(e => e.Id).FirstAsync(),
        "Organisation" => db.Organisations.Select(e => e.Id).FirstAsync(),
        "Source" => db.Sources.Select(e => e.Id).FirstAsync(),
        "Place" => db.Places.Select(e => e.Id).FirstAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(typeName), typeName, null),
    });

    private static async Task<(HttpStatusCode, string)> ProblemAsync(HttpResponseMessage response) =>
        (response.StatusCode, (await AdminHost.ParseAsync(response)).QuerySelector("#go-problem")!.TextContent);
}
