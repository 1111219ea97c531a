using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Tests.Hosting;
using SolidarityGraph.Api.Tests.Pages.Admin;
using SolidarityGraph.Api.Tests.Schema.Mutations;
using SolidarityGraph.Domain.Persistence.Auditing;

namespace SolidarityGraph.Api.Tests.Scaling;

/// <summary>
/// Several instances behind one address (docs/deploy.md): whatever instance a request lands on, the admin's cookie and
/// antiforgery token, a partner's token and optimistic concurrency behave as on one instance.
/// </summary>
public sealed class TwoInstanceTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task AnAdminSignedInOnAPostsAFormToB()
    {
        // One cookie jar for both: cookies belong to the host name, not the port, as behind a proxy they belong to one site.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = instances.A.BaseAddress };
        var signIn = await AdminHost.PostFormAsync(browser, "/admin/account/login", new() { ["Input.Email"] = ReadmeServer.AdminEmail, ["Input.Password"] = ReadmeServer.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The form and its antiforgery token come from A; the post goes to B.
        var form = await AdminHost.GetDocumentAsync(browser, "/admin/projects/create");
        var fields = ((IHtmlFormElement)form.QuerySelector("main form[method=post]")!).Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Name is { Length: > 0 } && i.Type != "submit").GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        fields["Input.Title"] = "Posted to the other instance";
        var posted = await browser.PostAsync(new Uri(instances.B.BaseAddress, "admin/projects/create"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/admin/projects/details/", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = instances.Db();
        Assert.True(await db.Projects.AnyAsync(p => p.Title == "Posted to the other instance"));
    }

    [Fact]
    public async Task ATokenIssuedByAWorksOnB()
    {
        var token = await TwoInstances.TokenAsync(instances.A);

        var onB = await TwoInstances.GraphQLAsync(instances.B, token, "{ projects(first: 2) { nodes { title } } }");

        Assert.True(onB["errors"] is null, onB.ToJsonString());
        Assert.Equal(2, onB["data"]!["projects"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task ConcurrentEditsThroughBothInstancesGiveOneSuccessAndOneTypedConflict()
    {
        var token = await TwoInstances.TokenAsync(instances.A);
        var created = await TwoInstances.GraphQLAsync(instances.A, token,
            "mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version } errors { __typename } } }",
            new { input = new { title = "Edited twice", kind = "DEVELOPMENT_PROJECT" } });
        var id = created["data"]!["createProject"]!["project"]!["id"]!.GetValue<string>();
        const string Update = """
            mutation($input: UpdateProjectInput!) {
              updateProject(input: $input) {
                project { title version }
                errors { __typename ... on ConcurrencyError { code expectedVersion currentVersion } }
              }
            }
            """;

        var results = await Task.WhenAll(
            TwoInstances.GraphQLAsync(instances.A, token, Update, new { input = new { id, version = 1, title = "Through A" } }),
            TwoInstances.GraphQLAsync(instances.B, token, Update, new { input = new { id, version = 1, title = "Through B" } }));

        var payloads = results.Select(r => r["data"]!["updateProject"]!).ToList();
        var winner = Assert.Single(payloads, p => p["errors"] is null);
        var loser = Assert.Single(payloads, p => p["errors"] is not null);
        Assert.Equal("ConcurrencyError", loser["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("CONCURRENCY_CONFLICT", loser["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(2L, loser["errors"]![0]!["currentVersion"]!.GetValue<long>());
        await using var db = instances.Db();
        var key = MutationHost.Key(id);
        var saved = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == key);
        Assert.Equal((winner["project"]!["title"]!.GetValue<string>(), 2L), (saved.Title, saved.Version));
        var audit = await db.AuditEntries.Where(a => a.EntityId == key).OrderBy(a => a.Timestamp).Select(a => new { a.Action, a.Outcome }).ToListAsync();
        Assert.Equal(
            [(AuditAction.Created, AuditOutcome.Succeeded), (AuditAction.Updated, AuditOutcome.Succeeded), (AuditAction.Updated, AuditOutcome.Conflict)],
            audit.Select(a => (a.Action, a.Outcome)));
    }
}
