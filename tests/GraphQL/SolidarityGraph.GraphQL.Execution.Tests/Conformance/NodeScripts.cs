using System.Diagnostics;
using System.Text;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Execution.Tests.Conformance;

/// <summary>
/// Runs Node.js scripts of <c>tests/conformance/</c> (graphql 17.1.0 pinned there, installed with <c>npm ci</c> on
/// first use) and the shared conformance tools through <c>run-shared.mjs</c>.
/// </summary>
internal static class NodeScripts
{
    private static readonly object InstallLock = new();

    public static string ConformanceFolder => Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "conformance");

    public static string SharedConformanceFolder => Path.Combine(RepositoryPaths.SharedFolder, "conformance");

    /// <summary>Why the scripts cannot run, or <see langword="null"/> when they can.</summary>
    public static string? Unavailable()
    {
        if (!Directory.Exists(SharedConformanceFolder))
        {
            return $"the shared conformance folder '{SharedConformanceFolder}' is absent";
        }

        var version = Run("node", "--version", null, TimeSpan.FromSeconds(30));
        if (version.ExitCode != 0)
        {
            return "Node.js ('node') is not on the PATH";
        }

        lock (InstallLock)
        {
            if (!File.Exists(Path.Combine(ConformanceFolder, "node_modules", "graphql", "package.json")))
            {
                var install = Run("npm", "ci --no-audit --no-fund", null, TimeSpan.FromMinutes(4));
                if (install.ExitCode != 0)
                {
                    return $"'npm ci' failed in {ConformanceFolder}: {install.Error}";
                }
            }
        }

        return null;
    }

    /// <summary>Runs <c>node {arguments}</c> in <c>tests/conformance</c> with <paramref name="input"/> on stdin; returns stdout.</summary>
    public static string Node(string arguments, string input)
    {
        var run = Run("node", arguments, input, TimeSpan.FromMinutes(3));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {arguments} exited with {run.ExitCode}:\n{run.Error}");
        }

        return run.Output;
    }

    private static (int ExitCode, string Output, string Error) Run(string fileName, string arguments, string? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = ConformanceFolder,
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
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, "", exception.Message);
        }

        if (process is null)
        {
            return (-1, "", $"{fileName} could not be started");
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
                return (-1, output.Result, $"timed out after {timeout}");
            }

            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
