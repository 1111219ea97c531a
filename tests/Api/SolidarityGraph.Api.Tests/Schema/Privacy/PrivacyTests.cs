using System.Net;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;

namespace SolidarityGraph.Api.Tests.Schema.Privacy;

/// <summary>
/// DOMAIN.md §4.2: an anonymous caller reaches no personal data through any path (field, node, nodes, search, filters,
/// aggregates); a steward does. Canary strings in synthetic rows prove no response body carries them.
/// </summary>
public sealed class PrivacyTests : IAsyncLifetime
{
    private const string NameCanary = "CANARY-NAME-7f3a";
    private const string ContactCanary = "canary-mail-7f3a@example.org";
    private const string PhoneCanary = "+00 CANARY 7f3a";

    private readonly GraphQLHost _host = new();
    private string _entrepreneurId = "";
    private string _contactId = "";

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        (_entrepreneurId, _contactId) = await _host.WithDbAsync(async db =>
        {
            var enterprise = await db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.Cooperative);
            var entrepreneur = new Entrepreneur("P-CANARY", new Consent(DateTime.UtcNow, ["research"]))
                .Describe(fullName: NameCanary, contacts: ContactCanary, birthYear: 1984, enterpriseOrganisationId: enterprise.Id);
            db.Entrepreneurs.Add(entrepreneur);
            var contact = await db.PublicContacts.FirstAsync();
            contact.SetContactDetails(ContactCanary, PhoneCanary);
            await db.SaveChangesAsync();
            return (entrepreneur.Id, contact.Id);
        });
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private string EntrepreneurId => GlobalId.Encode("Entrepreneur", _entrepreneurId);

    private string ContactId => GlobalId.Encode("PublicContact", _contactId);

    private static void AssertNoCanary(GraphQLResponse response)
    {
        Assert.DoesNotContain(NameCanary, response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ContactCanary, response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(PhoneCanary, response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
    }

    [Fact]
    public async Task AnonymousGetsNoEntrepreneurThroughTheRootField()
    {
        var response = await _host.PostAsync("{ entrepreneurs { nodes { pseudoId fullName contacts birthYear } } }");

        AssertNoCanary(response);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Empty(response.Sql); // denied before the resolver: nothing was read
    }

    [Fact]
    public async Task AnonymousGetsNoEntrepreneurThroughNodeOrNodes()
    {
        var response = await _host.PostAsync(
            "query($id: ID!) { node(id: $id) { __typename ... on Entrepreneur { fullName contacts } } nodes(ids: [$id]) { ... on Entrepreneur { fullName } } }",
            new { id = EntrepreneurId });

        AssertNoCanary(response);
        Assert.Null(response.Json["data"]!["node"]);
        Assert.Null(response.Json["data"]!["nodes"]![0]);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED", "AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task AnonymousCannotFindEntrepreneursBySearchOrFilter()
    {
        var search = await _host.PostAsync($$"""{ search(text: "{{NameCanary}}") { id __typename } }""");
        AssertNoCanary(search);
        Assert.Empty(search.Json["data"]!["search"]!.AsArray());

        // Filtering on a personal field: the only way in is the guarded root field, so the filter never runs.
        var filter = await _host.PostAsync($$"""{ entrepreneurs(where: { fullName: { eq: "{{NameCanary}}" } }) { totalCount } }""");
        AssertNoCanary(filter);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], filter.ErrorCodes);
        Assert.Empty(filter.Sql);

        // Contact details are not in the public filter input at all: a validation error that only echoes the caller's text.
        var contacts = await _host.PostAsync($$"""{ publicContacts(where: { email: { eq: "{{ContactCanary}}" } }) { totalCount } }""");
        Assert.Null(contacts.Json["data"]);
        Assert.NotEmpty(contacts.ErrorCodes);
        Assert.DoesNotContain(PhoneCanary, contacts.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousGetsNoPersonalDataThroughAggregatesOrContacts()
    {
        var aggregates = await _host.PostAsync("{ indicatorTotals(code: \"SG:NETWORK_JOINS\") { total } fundingFlows { total } }");
        AssertNoCanary(aggregates);

        var contact = await _host.PostAsync("query($id: ID!) { node(id: $id) { ... on PublicContact { fullName email phone } } }", new { id = ContactId });
        AssertNoCanary(contact);
        Assert.NotNull(contact.Json["data"]!["node"]!["fullName"]);
        Assert.Null(contact.Json["data"]!["node"]!["email"]);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED", "AUTH_NOT_AUTHENTICATED"], contact.ErrorCodes);
    }

    [Fact]
    public async Task APartnerIsSignedInButNotAuthorized()
    {
        var response = await _host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = EntrepreneurId }, role: "Partner");

        AssertNoCanary(response);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
    }

    [Fact]
    public async Task AStewardGetsThePersonalData()
    {
        var response = await _host.PostAsync(
            "query($id: ID!, $c: ID!) { entrepreneurs { nodes { fullName contacts } } node(id: $id) { ... on Entrepreneur { fullName enterprise { name } } } contact: node(id: $c) { ... on PublicContact { email phone } } filtered: entrepreneurs(where: { fullName: { eq: \"CANARY-NAME-7f3a\" } }) { totalCount } }",
            new { id = EntrepreneurId, c = ContactId },
            role: "Steward");

        Assert.True(response.Json["errors"] is null, response.Body);
        Assert.Equal(NameCanary, response.Json["data"]!["node"]!["fullName"]!.GetValue<string>());
        Assert.Equal(ContactCanary, response.Json["data"]!["contact"]!["email"]!.GetValue<string>());
        Assert.Equal(1, response.Json["data"]!["filtered"]!["totalCount"]!.GetValue<int>());
        Assert.NotNull(response.Json["data"]!["node"]!["enterprise"]!["name"]);
    }
}
