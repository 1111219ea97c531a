using System.Diagnostics;
using System.Text;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>Runs a command with a time limit and captures its output.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output, string Error, bool TimedOut);

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.WaitForExit(); // drains the asynchronous output readers
        return new Result(timedOut ? -1 : process.ExitCode, output.ToString(), error.ToString(), timedOut);
    }

    /// <summary>Whether <paramref name="fileName"/> can be started (found on PATH and runnable).</summary>
    public static bool CanRun(string fileName, string versionArgument = "--version")
    {
        try
        {
            var result = RunAsync(fileName, new[] { versionArgument }, Directory.GetCurrentDirectory(), TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            return result.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
