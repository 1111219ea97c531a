using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the graphql-js 17.1.0 scripts in <c>tests/conformance/</c> (installing their pinned dependencies with
/// <c>npm ci</c> when needed) and returns their JSON output.
/// </summary>
internal static class NodeOracle
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(4);
    private static readonly object InstallLock = new();

    public static string ConformanceFolder => Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "conformance");

    /// <summary>Why the oracle cannot run (no Node.js, failed install), or <see langword="null"/> when it can.</summary>
    public static string? Unavailable()
    {
        var version = TryRun("node", "--version", RepositoryPaths.RepositoryRoot, null, TimeSpan.FromSeconds(30));
        if (version is null || version.ExitCode != 0)
        {
            return "Node.js ('node') is not on the PATH";
        }

        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(ConformanceFolder, "node_modules", "graphql", "package.json")))
            {
                return null;
            }

            var install = TryRun("npm", "ci --no-audit --no-fund", ConformanceFolder, null, InstallTimeout);
            if (install is null || install.ExitCode != 0)
            {
                return $"'npm ci' failed in {ConformanceFolder}:\n{install?.Output}\n{install?.Error}";
            }
        }

        return null;
    }

    /// <summary>Runs <paramref name="script"/> with the JSON array of <paramref name="sources"/> on stdin; returns its <c>results</c> array.</summary>
    public static JsonElement Run(string script, IReadOnlyList<string> sources, out string graphqlVersion)
    {
        var input = ToAsciiJson(sources);
        var run = TryRun("node", script, ConformanceFolder, input, ScriptTimeout)
            ?? throw new InvalidOperationException("node could not be started");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {run.ExitCode}:\n{run.Error}");
        }

        var root = JsonDocument.Parse(run.Output).RootElement;
        graphqlVersion = root.GetProperty("graphqlVersion").GetString() ?? "";
        return root.GetProperty("results").Clone();
    }

    /// <summary>
    /// Writes the sources as a JSON array with every non-ASCII UTF-16 code unit escaped, so unpaired surrogates
    /// reach graphql-js unchanged (a UTF-8 encoder would replace them with U+FFFD).
    /// </summary>
    private static string ToAsciiJson(IReadOnlyList<string> sources)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < sources.Count; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"");
            foreach (var c in sources[i])
            {
                if (c is '"' or '\\')
                {
                    json.Append('\\').Append(c);
                }
                else if (c < ' ' || c > '~')
                {
                    json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    json.Append(c);
                }
            }

            json.Append('"');
        }

        return json.Append(']').ToString();
    }

    private static ProcessResult? TryRun(string fileName, string arguments, string workingDirectory, string? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
            {
                stdin.Write(input ?? "");
            }

            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                return new ProcessResult(-1, output.Result, $"timed out after {timeout}\n{error.Result}");
            }

            return new ProcessResult(process.ExitCode, output.Result, error.Result);
        }
    }

    private sealed record ProcessResult(int ExitCode, string Output, string Error);
}
