namespace SolidarityGraph.Testing;

/// <summary>A command as <see cref="ProcessRunner"/> ran it, kept for failure messages.</summary>
/// <param name="FileName">The program.</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="WorkingDirectory">Where it ran (null: the current directory).</param>
/// <param name="Timeout">Its time limit.</param>
public sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments, string? WorkingDirectory, TimeSpan Timeout)
{
    /// <summary>The command line, arguments with spaces in quotes.</summary>
    public override string ToString() =>
        string.Join(' ', Arguments.Prepend(FileName).Select(a => a.Length == 0 || a.Contains(' ') ? $"\"{a}\"" : a));
}

/// <summary>How a process ended and what it printed.</summary>
/// <param name="Command">What was run.</param>
/// <param name="ExitCode">The exit code; <see cref="NoExitCode"/> when it could not start or was killed.</param>
/// <param name="Output">Everything written to stdout.</param>
/// <param name="Error">Everything written to stderr, or why the process could not start.</param>
/// <param name="TimedOut">True when it overran its time limit and was killed.</param>
public sealed record ProcessResult(ProcessCommand Command, int ExitCode, string Output, string Error, bool TimedOut)
{
    /// <summary>The exit code reported for a process that did not start or was killed.</summary>
    public const int NoExitCode = -1;

    private const int ErrorTailLines = 20;

    /// <summary>True when the process ran to the end and exited with 0.</summary>
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>Names the command, where it ran, how it ended and the last lines of its stderr.</summary>
    public string FailureMessage
    {
        get
        {
            var where = Command.WorkingDirectory is null ? string.Empty : $" (in {Command.WorkingDirectory})";
            var ending = TimedOut ? $"timed out after {Command.Timeout} and was killed"
                : ExitCode == NoExitCode ? "could not be started"
                : $"exited with {ExitCode}";
            var tail = Error.TrimEnd().Split('\n').TakeLast(ErrorTailLines);
            return $"'{Command}'{where} {ending}; stderr (last {ErrorTailLines} lines):{Environment.NewLine}{string.Join('\n', tail)}";
        }
    }

    /// <summary>Returns this result when <see cref="Succeeded"/>; throws with <see cref="FailureMessage"/> otherwise.</summary>
    public ProcessResult EnsureSuccess() => Succeeded ? this : throw new InvalidOperationException(FailureMessage);
}
