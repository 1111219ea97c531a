using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SolidarityGraph.Domain.Tests.Seed;

/// <summary>
/// Locates the seed documents in <c>../shared/seeds/</c> next to the repository (found by walking up to
/// <c>SolidarityGraph.sln</c>). Absent folder: a failure under <c>CI=true</c>, otherwise a visible early return.
/// </summary>
internal static partial class SeedDocuments
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    /// <summary>
    /// True when the seed folder exists. Otherwise fails under CI and writes the reason to the test output, so the
    /// caller can return early on a developer machine that has no copy of the shared folder.
    /// </summary>
    public static bool Available(ITestOutputHelper output)
    {
        if (Directory.Exists(Folder))
        {
            return true;
        }

        var reason = $"Seed documents not found at {Folder}; quote and hash checks need ../shared/seeds/.";
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), reason);
        output.WriteLine("SKIPPED (not in CI): " + reason);
        return false;
    }

    /// <summary>Collapses whitespace runs to one space and trims (the quote-matching rule of DOMAIN.md).</summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SolidarityGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SolidarityGraph.sln not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
