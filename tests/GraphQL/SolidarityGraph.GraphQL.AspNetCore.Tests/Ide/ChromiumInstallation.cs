using SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;

namespace SolidarityGraph.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// Debian Chromium for the browser tests (ENVIRONMENT.md: never <c>playwright install</c>). When it is missing and the
/// tests run as root, it is installed once with apt-get (bounded in time, output kept for the report).
/// </summary>
internal static class ChromiumInstallation
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _installLog;

    /// <summary>Ensures Chromium is present; returns why it is not, or <see langword="null"/> when it is.</summary>
    public static async Task<string?> EnsureAsync()
    {
        if (File.Exists(ExecutablePath))
        {
            return null;
        }

        await Gate.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath))
            {
                return null;
            }

            if (_installLog is not null)
            {
                return $"{ExecutablePath} is missing; the earlier apt-get install failed:\n{_installLog}";
            }

            if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
            {
                return $"{ExecutablePath} is missing; install Debian's chromium package (apt-get install chromium)";
            }

            var install = await ProcessRunner.RunAsync(
                "/bin/sh",
                new[] { "-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium" },
                "/",
                TimeSpan.FromMinutes(10));
            _installLog = $"exit {install.ExitCode}{(install.TimedOut ? " (timed out)" : "")}\n{Tail(install.Output)}\n{Tail(install.Error)}";
            return File.Exists(ExecutablePath) ? null : $"{ExecutablePath} is missing after apt-get install chromium:\n{_installLog}";
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];
}
