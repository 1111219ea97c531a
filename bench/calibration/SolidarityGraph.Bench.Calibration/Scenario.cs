using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SolidarityGraph.Bench.Calibration;

/// <summary>One calibrated query: the exact request body, the golden response bytes, and a C1 serialiser.</summary>
internal sealed record CalibratedQuery(string Id, string Body, byte[] GoldenBytes, Func<byte[]> Serialize);

/// <summary>Reads <c>bench/scenario</c> (data set, request bodies, golden responses) and builds the C1 object graphs.</summary>
internal sealed class Scenario
{
    private Scenario(IReadOnlyList<CalibratedQuery> queries) => Queries = queries;

    public IReadOnlyList<CalibratedQuery> Queries { get; }

    public static Scenario Load(string? directory)
    {
        var root = directory ?? FindScenarioDirectory();
        var data = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(root, "data.json")), CalibrationJson.Default.ScenarioData)
            ?? throw new InvalidDataException("data.json is empty.");
        var books = data.Books.ToLookup(b => b.AuthorId);
        var reviews = data.Reviews.ToLookup(r => r.BookId);

        var q2 = new Response<AuthorsQ2>(new(data.Authors.Select(a => new AuthorQ2(a.Id, a.Name, Md5(a.Name),
            books[a.Id].Select(b => new BookQ2(b.Id, b.Name)).ToList())).ToList()));
        var q3 = new Response<AuthorsQ3>(new(data.Authors.Select(a => new AuthorQ3(a.Id, a.Name,
            books[a.Id].Select(b => new BookQ3(b.Id, b.Name, b.NumPages,
                reviews[b.Id].Take(5).Select(r => new ReviewQ3(r.Id, r.Stars, r.Body)).ToList())).ToList())).ToList()));
        var author7 = data.Authors.Single(a => a.Id == "author-7");
        var q1v = new Response<AuthorQ1v>(new(new(author7.Id, author7.Name, author7.Company)));
        var q1 = new Response<HelloData>(new("world"));

        return new Scenario(
        [
            Query(root, "Q1", () => JsonSerializer.SerializeToUtf8Bytes(q1, CalibrationJson.Default.ResponseHelloData)),
            Query(root, "Q1v", () => JsonSerializer.SerializeToUtf8Bytes(q1v, CalibrationJson.Default.ResponseAuthorQ1v)),
            Query(root, "Q2", () => JsonSerializer.SerializeToUtf8Bytes(q2, CalibrationJson.Default.ResponseAuthorsQ2)),
            Query(root, "Q3", () => JsonSerializer.SerializeToUtf8Bytes(q3, CalibrationJson.Default.ResponseAuthorsQ3)),
        ]);
    }

    private static CalibratedQuery Query(string root, string id, Func<byte[]> serialize)
    {
        var body = File.ReadAllText(Path.Combine(root, "queries", id + ".json"));
        return new CalibratedQuery(id, body, Compact(File.ReadAllBytes(Path.Combine(root, "golden", id + ".json"))), serialize);
    }

    // The golden files are indented for review; the wire form is compact, as graphql-js sends it.
    private static byte[] Compact(byte[] indented)
    {
        using var document = JsonDocument.Parse(indented);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }
        return buffer.ToArray();
    }

    private static string Md5(string text) =>
        Convert.ToHexStringLower(MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static string FindScenarioDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SolidarityGraph.sln")))
            {
                return Path.Combine(dir.FullName, "bench", "scenario");
            }
        }
        throw new DirectoryNotFoundException("Run from inside the repository or pass --scenario <bench/scenario>.");
    }
}
