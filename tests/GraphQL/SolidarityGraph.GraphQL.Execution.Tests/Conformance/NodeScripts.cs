using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Execution.Tests.Conformance;

/// <summary>
/// Runs Node.js scripts of <c>tests/conformance/</c> (see <see cref="ConformanceNode"/>) and the shared conformance
/// tools through <c>run-shared.mjs</c>.
/// </summary>
internal static class NodeScripts
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    public static string ConformanceFolder => ConformanceNode.Folder;

    public static string SharedConformanceFolder => Path.Combine(RepositoryPaths.SharedFolder, "conformance");

    /// <summary>Why the scripts cannot run, or <see langword="null"/> when they can.</summary>
    public static string? Unavailable() => Directory.Exists(SharedConformanceFolder)
        ? ConformanceNode.Unavailable()
        : $"the shared conformance folder '{SharedConformanceFolder}' is absent";

    /// <summary>Runs <c>node {arguments}</c> in <c>tests/conformance</c> with <paramref name="input"/> on stdin; returns stdout.</summary>
    public static string Node(IReadOnlyList<string> arguments, string input) => ConformanceNode.Run(arguments, input, ScriptTimeout);
}
