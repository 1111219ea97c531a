using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Tests.Schema.Common;

/// <summary>
/// A DataLoader batch sends its keys as one parameter (SQLite's <c>json_each(@keys)</c> text, PostgreSQL's array); keys
/// that need escaping in JSON still find their rows, through a page loader (funding given by these organisations) and a
/// by-id loader (the recipient).
/// </summary>
public sealed class BatchKeyTests(OddKeyHost host) : IClassFixture<OddKeyHost>
{
    [Fact]
    public async Task KeysThatNeedEscapingFindTheirRowsInEveryBatch()
    {
        var data = await host.DataAsync("""
            {
              organisations(where: { name: { startsWith: "Odd key funder" } }, order: [{ name: ASC }]) {
                nodes { id name fundingGiven(first: 5) { nodes { amount recipient { id name } } } }
              }
            }
            """);

        var funders = data["organisations"]!["nodes"]!.AsArray();
        Assert.Equal(OddKeyHost.FunderKeys.Select(k => GlobalId.Encode("Organisation", k)), funders.Select(f => f!["id"]!.GetValue<string>()));
        for (var i = 0; i < funders.Count; i++)
        {
            var funding = Assert.Single(funders[i]!["fundingGiven"]!["nodes"]!.AsArray())!;
            Assert.Equal(i + 1, decimal.Parse(funding["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(GlobalId.Encode("Organisation", OddKeyHost.RecipientKey), funding["recipient"]!["id"]!.GetValue<string>());
            Assert.Equal("Odd key recipient", funding["recipient"]!["name"]!.GetValue<string>());
        }
    }
}

/// <summary>The seeded host with organisations whose keys JSON must escape, each funding one more with such a key.</summary>
public sealed class OddKeyHost : GraphQLHost
{
    // Ids are ULIDs in the domain; these are set through SQL, as a database written by other tools could hold them.
    // (No NUL: PostgreSQL text cannot hold it; the Domain tests cover it on SQLite.) Ordered as the names below.
    public static readonly string[] FunderKeys =
    [
        "quote\"d", "back\\slash", "tab\tnew\nline\u0001\u001F", "ünï©ødé 日本 😀", "<html> & 'apostrophe' +/",
    ];

    public const string RecipientKey = "recipient \"\\\u0002 ü";

    protected override async Task PrepareAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>();
        var funders = FunderKeys.Select((_, i) => new Organisation($"Odd key funder {i}", OrganisationKind.Foundation)).ToList();
        var recipient = new Organisation("Odd key recipient", OrganisationKind.Ngo);
        var fundings = funders.Select((f, i) => new Funding(f.Id, recipient.Id, null, i + 1, "EUR")).ToList();
        db.AddRange(funders);
        db.Add(recipient);
        db.AddRange(fundings);
        await db.SaveChangesAsync();

        // New keys for the organisations: the fundings are pointed at a copy of each organisation under its new key.
        var copies = funders.Select(f => (f.Id, Key: FunderKeys[funders.IndexOf(f)])).Append((recipient.Id, Key: RecipientKey));
        foreach (var (id, key) in copies)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Organisations" ("Id", "Name", "Kind", "SseEntityType", "AltNames", "Themes", "CreatedAt", "UpdatedAt", "Version")
                SELECT {key}, "Name", "Kind", "SseEntityType", "AltNames", "Themes", "CreatedAt", "UpdatedAt", "Version" FROM "Organisations" WHERE "Id" = {id}
                """);
            await db.Database.ExecuteSqlAsync($"""UPDATE "Fundings" SET "FunderId" = {key} WHERE "FunderId" = {id}""");
            await db.Database.ExecuteSqlAsync($"""UPDATE "Fundings" SET "RecipientId" = {key} WHERE "RecipientId" = {id}""");
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "Organisations" WHERE "Id" = {id}""");
        }
    }
}
