namespace SolidarityGraph.Testing;

/// <summary>
/// Runs the Node.js scripts of <c>tests/conformance/</c>, whose exact pins (graphql 17.1.0, graphql-http 1.23.1,
/// graphql-ws 6.4.2, ws 8.23.1) are installed there with <c>npm ci</c> on first use.
/// </summary>
public static class ConformanceNode
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(4);
    private static readonly object InstallLock = new();

    /// <summary>The <c>tests/conformance</c> folder.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "conformance");

    /// <summary>Why the scripts cannot run (no Node.js, failed install), or <see langword="null"/> when they can.</summary>
    public static string? Unavailable()
    {
        if (!ProcessRunner.CanRun("node"))
        {
            return "Node.js ('node') is not on the PATH";
        }

        // Test classes run in parallel; one npm ci at a time, and only while a pinned package is missing (a clone that
        // installed before a pin was added gets it too).
        lock (InstallLock)
        {
            if (PinnedPackages().All(name => File.Exists(Path.Combine(Folder, "node_modules", name, "package.json"))))
            {
                return null;
            }

            var install = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], Folder, timeout: InstallTimeout);
            return install.Succeeded ? null : install.FailureMessage;
        }
    }

    /// <summary>The dependencies named in <c>package.json</c>.</summary>
    public static IReadOnlyList<string> PinnedPackages()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")));
        return manifest.RootElement.GetProperty("dependencies").EnumerateObject().Select(p => p.Name).ToList();
    }

    /// <summary>Runs <c>node</c> in <see cref="Folder"/> with <paramref name="input"/> on stdin; returns stdout or throws on failure.</summary>
    public static string Run(IReadOnlyList<string> arguments, string input, TimeSpan timeout) =>
        ProcessRunner.Run("node", arguments, Folder, input, timeout: timeout).EnsureSuccess().Output;
}
