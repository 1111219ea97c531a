namespace SolidarityGraph.Testing.Browser;

/// <summary>
/// Finds Debian's Chromium, installing the <c>chromium</c> package with apt-get when it is missing and the tests run
/// as root. Playwright's own browser download (<c>playwright install</c>) is never used.
/// </summary>
public static class ChromiumInstaller
{
    /// <summary>Where the Debian package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    // Downloading chromium and its dependencies on a slow mirror takes minutes; a hung apt-get must still end.
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(15);

    private static readonly Dictionary<string, string?> NonInteractive = new() { ["DEBIAN_FRONTEND"] = "noninteractive" };

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

        var log = AptGet("install", "-y", "chromium");
        if (!File.Exists(ExecutablePath))
        {
            log += AptGet("update") + AptGet("install", "-y", "chromium");
        }

        Problem = File.Exists(ExecutablePath) ? string.Empty : $"apt-get could not install chromium:{Environment.NewLine}{log}";
        return File.Exists(ExecutablePath) ? ExecutablePath : null;
    }

    /// <summary>Runs apt-get; returns what it printed, led by the failure message when it failed or timed out.</summary>
    private static string AptGet(params string[] arguments)
    {
        var run = ProcessRunner.Run("apt-get", arguments, environment: NonInteractive, timeout: AptTimeout);
        var printed = run.Output + run.Error;
        return run.Succeeded ? printed : run.FailureMessage + Environment.NewLine + printed;
    }
}
