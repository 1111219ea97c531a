namespace SolidarityGraph.Testing;

/// <summary>Locates the repository and the <c>shared/</c> folder that CI places beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder that holds <c>SolidarityGraph.sln</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The <c>shared/</c> folder beside the repository (seeds, conformance material, design notes).</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>True when running under CI, where a missing prerequisite is a failure rather than a skip.</summary>
    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SolidarityGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"SolidarityGraph.sln was not found above '{AppContext.BaseDirectory}'; tests must run from a clone of the repository.");
    }
}
