using System.Text.Json;

namespace SolidarityGraph.Benchmarks.Execution;

internal sealed record Author(string Id, string Name, string Company);
internal sealed record Book(string Id, string AuthorId, string Name, int NumPages);
internal sealed record Review(string Id, string BookId, int Stars, string Body);

/// <summary>
/// The HTTP benchmark's data set (<c>bench/scenario/data.json</c>: 20 authors, 3 books each, 5 reviews per book),
/// indexed so that every resolver is a synchronous lookup: these cases measure the engine, not data access.
/// </summary>
internal sealed class ScenarioData
{
    private ScenarioData(Raw raw)
    {
        Authors = raw.Authors;
        AuthorsById = raw.Authors.ToDictionary(a => a.Id);
        BooksByAuthorId = raw.Books.GroupBy(b => b.AuthorId).ToDictionary(g => g.Key, g => (IReadOnlyList<Book>)g.ToArray());
        ReviewsByBookId = raw.Reviews.GroupBy(r => r.BookId).ToDictionary(g => g.Key, g => (IReadOnlyList<Review>)g.ToArray());
    }

    public IReadOnlyList<Author> Authors { get; }

    public IReadOnlyDictionary<string, Author> AuthorsById { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Book>> BooksByAuthorId { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Review>> ReviewsByBookId { get; }

    /// <summary><c>bench/scenario</c>, found by walking up to the solution file.</summary>
    public static string Directory { get; } = Locate();

    public static ScenarioData Load()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        var raw = JsonSerializer.Deserialize<Raw>(File.ReadAllBytes(Path.Combine(Directory, "data.json")), options);
        return new ScenarioData(raw ?? throw new InvalidDataException("data.json is empty."));
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SolidarityGraph.sln")))
            {
                return Path.Combine(dir.FullName, "bench", "scenario");
            }
        }

        throw new InvalidOperationException($"SolidarityGraph.sln was not found above '{AppContext.BaseDirectory}'.");
    }

    private sealed record Raw(Author[] Authors, Book[] Books, Review[] Reviews);
}
