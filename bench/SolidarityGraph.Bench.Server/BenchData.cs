using System.Text.Json;
using System.Text.Json.Serialization;

namespace SolidarityGraph.Bench.Server;

internal sealed record Author(string Id, string Name, string Company);
internal sealed record Book(string Id, string AuthorId, string Name, int NumPages);
internal sealed record Review(string Id, string BookId, int Stars, string Body);

/// <summary>The scenario data set (<c>bench/scenario/data.json</c>) and the indexes the batch functions read.</summary>
internal sealed class BenchData
{
    private BenchData(Raw raw)
    {
        Authors = raw.Authors;
        AuthorsById = raw.Authors.ToDictionary(a => a.Id);
        BooksById = raw.Books.ToDictionary(b => b.Id);
        BooksByAuthorId = raw.Books.GroupBy(b => b.AuthorId).ToDictionary(g => g.Key, g => (IReadOnlyList<Book>)g.ToArray());
        ReviewsByBookId = raw.Reviews.GroupBy(r => r.BookId).ToDictionary(g => g.Key, g => (IReadOnlyList<Review>)g.ToArray());
    }

    public IReadOnlyList<Author> Authors { get; }

    public IReadOnlyDictionary<string, Author> AuthorsById { get; }

    public IReadOnlyDictionary<string, Book> BooksById { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Book>> BooksByAuthorId { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Review>> ReviewsByBookId { get; }

    public static BenchData Load(string scenarioDirectory)
    {
        var bytes = File.ReadAllBytes(Path.Combine(scenarioDirectory, "data.json"));
        return new BenchData(JsonSerializer.Deserialize(bytes, BenchDataJson.Default.Raw) ?? throw new InvalidDataException("data.json is empty."));
    }

    internal sealed record Raw(Author[] Authors, Book[] Books, Review[] Reviews);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BenchData.Raw))]
internal sealed partial class BenchDataJson : JsonSerializerContext;

/// <summary>Finds <c>bench/scenario</c>: the <c>--scenario</c> option, else by walking up to the solution file.</summary>
internal static class ScenarioFiles
{
    public static string Locate(string? configured)
    {
        if (configured is not null)
        {
            return configured;
        }

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
