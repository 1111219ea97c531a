using System.Text;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Seed;
using SolidarityGraph.Domain.Tests.Persistence;

namespace SolidarityGraph.Domain.Tests.Seed;

/// <summary>
/// Malformed seed files: the <see cref="SeedException"/> names file, record and field, and the database keeps
/// exactly the rows it had (here: the full dataset, loaded first).
/// </summary>
public sealed class SeedLoaderErrorTests : IAsyncLifetime
{
    private const string File = "broken.json";

    // A minimal valid file; each test breaks one thing in it.
    private const string Header = """
        "version": 1,
        "curation": { "curator": "test steward", "curatedAt": "2025-01-15T00:00:00Z" },
        "sources": [ { "id": "source:t", "title": "T", "seedFile": "t.txt", "language": "en", "retrievedAt": "2025-01-15T00:00:00Z",
                       "contentSha256": "0000000000000000000000000000000000000000000000000000000000000000" } ],
        """;

    private const string Cite = """ "citations": [ { "source": "source:t", "quote": "q", "supports": ["name"], "assertion": "STATED" } ] """;

    private readonly SqliteFileDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        await SeedLoader.LoadEmbeddedAsync(db);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ValidMinimalFileLoads()
    {
        // Proves the fixture itself is valid, so each failure below comes from the one thing it breaks.
        var summary = await LoadAsync($$"""{ {{Header}} "organisations": [ { "id": "org:t", "name": "T", "kind": "NGO", {{Cite}} } ] }""");
        Assert.Equal(3, summary.Inserted); // source, organisation, citation
    }

    [Fact]
    public Task BadJsonNamesLineAndPath() => AssertRejectedAsync(
        $$"""{ {{Header}} "organisations": [ { "id": "org:t", "name": "T" "kind": "NGO" } ] }""",
        "broken.json: organisations[0], field '(record)': invalid JSON at line 4, position 153: '\"' is invalid after a value.");

    [Fact]
    public Task MisspeltFieldIsRejected() => AssertRejectedAsync(
        $$"""{ {{Header}} "organisations": [ { "id": "org:t", "nmae": "T", "kind": "NGO", {{Cite}} } ] }""",
        "broken.json: organisations[0], field 'nmae': invalid JSON at line 4, position 148: unknown field (check its spelling against the seed format).");

    [Fact]
    public Task MissingRequiredField() => AssertRejectedAsync(
        $$"""{ {{Header}} "organisations": [ { "id": "org:t", "kind": "NGO", {{Cite}} } ] }""",
        "broken.json: organisations[0] (id 'org:t'), field 'name': is required.");

    [Fact]
    public Task AmountWithoutCurrency() => AssertRejectedAsync(
        $$"""
        { {{Header}}
          "organisations": [ { "id": "org:f", "name": "F", "kind": "FOUNDATION", {{Cite}} }, { "id": "org:r", "name": "R", "kind": "NGO", {{Cite}} } ],
          "fundings": [ { "id": "funding:t", "funder": "org:f", "recipient": "org:r", "amount": "100.00", {{Cite}} } ] }
        """,
        "broken.json: fundings[0] (id 'funding:t'), field 'currency': is required when 'amount' is set (an ISO 4217 code such as EUR).");

    [Fact]
    public Task AmountThatIsNotADecimal() => AssertRejectedAsync(
        $$"""
        { {{Header}}
          "organisations": [ { "id": "org:f", "name": "F", "kind": "FOUNDATION", {{Cite}} }, { "id": "org:r", "name": "R", "kind": "NGO", {{Cite}} } ],
          "fundings": [ { "id": "funding:t", "funder": "org:f", "recipient": "org:r", "amount": "16,322", "currency": "EUR", {{Cite}} } ] }
        """,
        "broken.json: fundings[0] (id 'funding:t'), field 'amount': '16,322' is not a decimal number: write digits with an optional '.' and no thousands separator, e.g. \"16322.00\".");

    [Fact]
    public Task ReferenceToUnknownId() => AssertRejectedAsync(
        $$"""
        { {{Header}}
          "organisations": [ { "id": "org:t", "name": "T", "kind": "NGO", {{Cite}} } ],
          "participations": [ { "id": "participation:t", "organisation": "org:t", "project": "project:nowhere", "role": "FUNDING", {{Cite}} } ] }
        """,
        "broken.json: participations[0] (id 'participation:t'), field 'project': refers to unknown id 'project:nowhere'.");

    [Fact]
    public Task ReferenceToTheWrongKindOfRecord() => AssertRejectedAsync(
        $$"""
        { {{Header}}
          "organisations": [ { "id": "org:t", "name": "T", "kind": "NGO", {{Cite}} } ],
          "participations": [ { "id": "participation:t", "organisation": "org:t", "project": "org:t", "role": "FUNDING", {{Cite}} } ] }
        """,
        "broken.json: participations[0] (id 'participation:t'), field 'project': 'org:t' is of kind Organisation; expected Project.");

    [Fact]
    public Task InvalidEnumValue() => AssertRejectedAsync(
        $$"""{ {{Header}} "organisations": [ { "id": "org:t", "name": "T", "kind": "CHARITY", {{Cite}} } ] }""",
        "broken.json: organisations[0] (id 'org:t'), field 'kind': 'CHARITY' is not a valid value; expected one of "
        + "NGO, ASSOCIATION, COOPERATIVE, NETWORK, FOUNDATION, PUBLIC_AGENCY, LOCAL_GOVERNMENT, REGIONAL_GOVERNMENT, "
        + "NATIONAL_GOVERNMENT, GOVERNMENT_UNIT, COMPANY, COLLECTIVE_ENTERPRISE, INFORMAL_GROUP, UNIVERSITY, OTHER.");

    [Fact]
    public Task CitationWithoutQuote() => AssertRejectedAsync(
        $$"""{ {{Header}} "organisations": [ { "id": "org:t", "name": "T", "kind": "NGO", "citations": [ { "source": "source:t", "supports": ["name"], "assertion": "STATED" } ] } ] }""",
        "broken.json: organisations[0] (id 'org:t'), field 'citations[0].quote': is required.");

    [Fact]
    public Task DuplicateId() => AssertRejectedAsync(
        $$"""{ {{Header}} "organisations": [ { "id": "source:t", "name": "T", "kind": "NGO", {{Cite}} } ] }""",
        "broken.json: organisations[0] (id 'source:t'), field 'id': duplicate id: already declared by sources[0] (id 'source:t').");

    [Fact]
    public Task DomainRuleBrokenInsideARecord() => AssertRejectedAsync(
        $$"""{ {{Header}} "events": [ { "id": "event:t", "title": "T", "type": "WORKSHOP", "start": { "value": "2019-13" }, {{Cite}} } ] }""",
        "broken.json: events[0] (id 'event:t'), field 'start': Month must be between 1 and 12, got 13.");

    [Fact]
    public Task NestedRecordIsNamedByItsPath() => AssertRejectedAsync(
        $$"""
        { {{Header}}
          "projects": [ { "id": "project:t", "title": "T", "kind": "PROGRAMME", {{Cite}} } ],
          "results": [ { "id": "result:t", "project": "project:t", "title": "R", {{Cite}} } ],
          "indicators": [ { "id": "indicator:t", "result": "result:t", "code": "SG:T", "title": "I",
                            "values": [ { "id": "indicator-value:t", "kind": "ACTUAL", "value": "3", {{Cite}} } ] } ] }
        """,
        "broken.json: indicators[0].values[0] (id 'indicator-value:t'), field 'comparator': is required.");

    [Fact]
    public async Task FailureWhileSavingRollsBackEveryInsert()
    {
        // A trigger makes the database refuse one row after others of the same file were already written.
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_org BEFORE INSERT ON Organisations WHEN NEW.Name = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        }

        var before = await CountsAsync();
        var json = $$"""
            { {{Header}}
              "places": [ { "id": "place:t", "name": "T", "type": "COUNTRY", "countryCode": "TT", {{Cite}} } ],
              "organisations": [ { "id": "org:t", "name": "Refused", "kind": "NGO", {{Cite}} } ] }
            """;

        await Assert.ThrowsAsync<DbUpdateException>(() => LoadAsync(json));
        Assert.Equal(before, await CountsAsync());
    }

    private async Task AssertRejectedAsync(string json, string expectedMessage)
    {
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<SeedException>(() => LoadAsync(json));

        // JSON syntax errors end with the serializer's own explanation, which may be reworded between runtimes.
        Assert.True(
            error.Message == expectedMessage || (error.InnerException is System.Text.Json.JsonException && error.Message.StartsWith(expectedMessage, StringComparison.Ordinal)),
            $"expected: {expectedMessage}{Environment.NewLine}actual:   {error.Message}");

        Assert.Equal(File, error.File);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<SeedSummary> LoadAsync(string json)
    {
        await using var db = _database.CreateContext();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await SeedLoader.LoadAsync(db, stream, File);
    }

    private async Task<IReadOnlyDictionary<string, int>> CountsAsync()
    {
        await using var db = _database.CreateContext();
        return await EntityCounts.CountAsync(db);
    }
}
