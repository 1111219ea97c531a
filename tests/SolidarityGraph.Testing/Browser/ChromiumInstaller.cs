using System.Diagnostics;

namespace SolidarityGraph.Testing.Browser;

/// <summary>
/// Finds Debian's Chromium, installing the <c>chromium</c> package with apt-get when it is missing and the tests run
/// as root. Playwright's own browser download (<c>playwright install</c>) is never used.
/// </summary>
public static class ChromiumInstaller
{
    /// <summary>Where the Debian package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly Lazy<string?> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The browser's path, or null when it is absent and could not be installed (see <see cref="Problem"/>).</summary>
    public static string? EnsureInstalled() => Installed.Value;

    /// <summary>Why <see cref="EnsureInstalled"/> returned null.</summary>
    public static string Problem { get; private set; } = string.Empty;

    private static string? Install()
    {
        if (File.Exists(ExecutablePath))
        {
            return ExecutablePath;
        }

        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            Problem = $"{ExecutablePath} is missing; install Debian's chromium package (apt-get install -y chromium).";
            return null;
        }

        var log = Run("apt-get", "install -y chromium");
        if (!File.Exists(ExecutablePath))
        {
            log += Run("apt-get", "update") + Run("apt-get", "install -y chromium");
        }

        Problem = File.Exists(ExecutablePath) ? string.Empty : $"apt-get could not install chromium:{Environment.NewLine}{log}";
        return File.Exists(ExecutablePath) ? ExecutablePath : null;
    }

    private static string Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return stdout + stderr.Result;
    }
}
