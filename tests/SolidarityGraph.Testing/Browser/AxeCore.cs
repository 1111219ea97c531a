using System.Text.Json;
using Microsoft.Playwright;

namespace SolidarityGraph.Testing.Browser;

/// <summary>One accessibility rule a page breaks: the axe-core rule, its impact, what it asks for and where.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    /// <inheritdoc />
    public override string ToString() => $"{Impact} {Id}: {Help} at {string.Join(", ", Targets)}";
}

/// <summary>
/// axe-core (pinned in <c>tests/accessibility/package.json</c> and its lock file, installed there with <c>npm ci</c>
/// on first use) injected into a Playwright page to list the WCAG rules the page breaks.
/// </summary>
public static class AxeCore
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(4);
    private static readonly object InstallLock = new();
    private static string? _script;

    /// <summary>The <c>tests/accessibility</c> folder.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "accessibility");

    private static string ScriptPath => Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Why axe-core cannot be loaded (no npm, failed install), or <see langword="null"/> when it can.</summary>
    public static string? Unavailable()
    {
        lock (InstallLock)
        {
            if (File.Exists(ScriptPath))
            {
                return null;
            }

            if (!ProcessRunner.CanRun("npm"))
            {
                return "npm is not on the PATH";
            }

            var install = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], Folder, timeout: InstallTimeout);
            return install.Succeeded && File.Exists(ScriptPath) ? null : install.FailureMessage;
        }
    }

    /// <summary>Runs axe-core on the page as it is now and returns every violation.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _script ??= await File.ReadAllTextAsync(ScriptPath);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Content = _script });
        }

        var result = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
                id: v.id, impact: v.impact || 'unknown', help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))
            """);
        return result.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList())).ToList();
    }
}
