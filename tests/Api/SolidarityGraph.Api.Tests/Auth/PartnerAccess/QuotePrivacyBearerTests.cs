using System.Text.Json.Nodes;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// Issue 15, "Quotes can carry personal data", against a real Kestrel server with client-credentials tokens: a partner
/// never reads a quote marked as personal data (the seeded quotes naming public contacts are), nor finds one by filter,
/// nor reads a steward-only citation; a partner with <c>graph.write</c> cannot save an unmarked quote naming a person.
/// </summary>
[Collection(PartnerServerCollection.Name)]
public sealed class QuotePrivacyBearerTests(PartnerServerFixture fixture)
{
    [Fact]
    public async Task APartnerGetsSeededQuotesNamingPeopleRedactedOnEveryPath()
    {
        var token = await fixture.TokenAsync("reader", "graph.read");

        var data = await DataAsync(token, """
            {
              marked: citations(first: 50, where: { containsPersonalData: { eq: true } }) { totalCount nodes { quote charStart quoteRedaction } }
              byText: citations(where: { quote: { contains: "Guillermo" } }) { totalCount }
              sorted: citations(first: 3, order: [{ quote: ASC }]) { nodes { quote quoteRedaction } }
              contact: search(text: "Guillermo Rojo") { ... on PublicContact { fullName citations { quote quoteRedaction } } }
            }
            """);

        // The eight seeded quotes naming the four public contacts, and any a test of this collection has added.
        Assert.InRange(data["marked"]!["totalCount"]!.GetValue<int>(), 8, 50);
        Assert.All((JsonArray)data["marked"]!["nodes"]!, c =>
            Assert.Equal("""{"quote":null,"charStart":null,"quoteRedaction":"PERSONAL_DATA"}""", c!.ToJsonString()));
        Assert.Equal(0, data["byText"]!["totalCount"]!.GetValue<int>());
        Assert.All((JsonArray)data["sorted"]!["nodes"]!, c => Assert.Equal("PERSONAL_DATA", c!["quoteRedaction"]!.GetValue<string>()));
        var contact = data["contact"]!.AsArray().Single(n => n!["fullName"] is not null)!;
        Assert.Equal("Guillermo Rojo", contact["fullName"]!.GetValue<string>()); // the public field stays public
        Assert.Equal("""[{"quote":null,"quoteRedaction":"PERSONAL_DATA"}]""", contact["citations"]!.ToJsonString());
        Assert.DoesNotContain("Mr.Guillermo", data.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWritingPartnerCannotSaveAnUnmarkedQuoteNamingAPersonNorReachStewardOnlyCitations()
    {
        var writer = await fixture.TokenAsync("writer", "graph.read graph.write");
        var reader = await fixture.TokenAsync("reader", "graph.read");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var source = (await DataAsync(writer, $$"""
            mutation { createSource(input: { title: "Partner note {{suffix}}", language: "en", text: "Ms. Elisenda Vegué Gisbert opened the market. Call her office." }) { source { id } errors { __typename } } }
            """))["createSource"]!["source"]!["id"]!.GetValue<string>();
        var contact = (await DataAsync(reader, """{ search(text: "Elisenda") { ... on PublicContact { id } } }"""))["search"]!.AsArray().Single(n => n!["id"] is not null)!["id"]!.GetValue<string>();
        string Create(string subject, string quote, string supports, string mark) =>
            $$"""mutation { createCitation(input: { subjectId: "{{subject}}", sourceId: "{{source}}", quote: "{{quote}}", supports: [{{supports}}]{{mark}} }) { citation { id quote quoteRedaction } errors { __typename ... on Error { code } ... on ValidationError { field } } } }""";

        var refused = (await DataAsync(writer, Create(source, "Elisenda Vegué Gisbert opened the market", "\"title\"", "")))["createCitation"]!;
        var marked = (await DataAsync(writer, Create(source, "Elisenda Vegué Gisbert opened the market", "\"title\"", ", containsPersonalData: true")))["createCitation"]!;
        var ofPhone = (await DataAsync(writer, Create(contact, "Call her office", "\"phone\"", "")))["createCitation"]!;

        Assert.Equal("""{"citation":null,"errors":[{"__typename":"ValidationError","code":"CITATION_QUOTE_NAMES_PERSON","field":"containsPersonalData"}]}""", refused.ToJsonString());
        Assert.Null(marked["errors"]);
        Assert.Equal("PERSONAL_DATA", marked["citation"]!["quoteRedaction"]!.GetValue<string>()); // not even its writer reads it back
        var phoneCitation = ofPhone["citation"]!["id"]!.GetValue<string>();

        var read = await DataAsync(reader, $$"""{ marked: node(id: "{{marked["citation"]!["id"]}}") { ... on Citation { quote quoteRedaction } } phone: node(id: "{{phoneCitation}}") { id } }""");
        Assert.Equal("""{"marked":{"quote":null,"quoteRedaction":"PERSONAL_DATA"},"phone":null}""", read.ToJsonString());

        var edit = await DataAsync(writer, $$"""mutation { updateCitation(input: { id: "{{phoneCitation}}", version: 1, supports: ["phone"] }) { citation { quote } errors { __typename ... on Error { code } } } }""");
        Assert.Equal("""{"citation":null,"errors":[{"__typename":"NotFoundError","code":"NOT_FOUND"}]}""", edit["updateCitation"]!.ToJsonString());
    }

    private async Task<JsonObject> DataAsync(string token, string query)
    {
        var (response, json) = await fixture.GraphQLAsync(token, query);
        Assert.True(response.IsSuccessStatusCode && json?["errors"] is null, json?.ToJsonString() ?? response.StatusCode.ToString());
        return (JsonObject)json!["data"]!;
    }
}
