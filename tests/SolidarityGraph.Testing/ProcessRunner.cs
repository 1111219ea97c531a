using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SolidarityGraph.Testing;

/// <summary>
/// Runs an external tool (node, npm, apt-get) to completion with a time limit and captures what it printed.
/// A process that overruns the limit is killed together with its children, so no stray npm or browser survives a test run.
/// </summary>
public static class ProcessRunner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs <paramref name="fileName"/> and blocks until it ends or <paramref name="timeout"/> passes.</summary>
    /// <param name="fileName">The program, found on PATH when not a path.</param>
    /// <param name="arguments">The arguments, passed one by one (no shell quoting).</param>
    /// <param name="workingDirectory">Where to run; the current directory when null.</param>
    /// <param name="input">Written to stdin as UTF-8; stdin is closed afterwards (empty when null).</param>
    /// <param name="environment">Variables to set (or, with a null value, remove) on top of the inherited environment.</param>
    /// <param name="timeout">The time limit; two minutes when null.</param>
    public static ProcessResult Run(
        string fileName,
        IReadOnlyList<string> arguments,
        string? workingDirectory = null,
        string? input = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null) =>
        RunAsync(fileName, arguments, workingDirectory, input, environment, timeout).GetAwaiter().GetResult();

    /// <summary>The asynchronous form of <see cref="Run"/>.</summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string? workingDirectory = null,
        string? input = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        var command = new ProcessCommand(fileName, arguments, workingDirectory, limit);
        using var process = new Process { StartInfo = StartInfo(command, environment) };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            return new ProcessResult(command, ProcessResult.NoExitCode, string.Empty, exception.Message, TimedOut: false);
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await WriteInputAsync(process, input).ConfigureAwait(false);

        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
            await Task.WhenAll(output, error).WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);

            // A grandchild that escaped the kill may still hold a pipe open; do not wait on it for long.
            await Task.WhenAny(Task.WhenAll(output, error), Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
            return new ProcessResult(command, ProcessResult.NoExitCode, TextSoFar(output), TextSoFar(error), TimedOut: true);
        }

        return new ProcessResult(command, process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false), TimedOut: false);
    }

    /// <summary>Whether <paramref name="fileName"/> starts and exits with 0 when asked for its version.</summary>
    public static bool CanRun(string fileName, string versionArgument = "--version") =>
        Run(fileName, [versionArgument], timeout: TimeSpan.FromSeconds(30)).Succeeded;

    private static ProcessStartInfo StartInfo(ProcessCommand command, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.WorkingDirectory ?? string.Empty,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static string TextSoFar(Task<string> read) => read.IsCompletedSuccessfully ? read.Result : string.Empty;

    private static async Task WriteInputAsync(Process process, string? input)
    {
        try
        {
            await using var stdin = new StreamWriter(process.StandardInput.BaseStream, Utf8);
            await stdin.WriteAsync(input ?? string.Empty).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The process closed its stdin (or already exited) without reading it all; its exit code tells the rest.
        }
    }
}
