using Microsoft.Playwright;
using Xunit;

namespace SolidarityGraph.Testing.Browser;

/// <summary>
/// One Playwright driver per test class, launching Debian Chromium headless. Every <see cref="NewContextAsync"/> is a
/// separate browser with a fresh temporary user-data directory, so two contexts share no cookies or storage.
/// Use as <c>IClassFixture&lt;BrowserFixture&gt;</c>; check <see cref="Require"/> at the start of each test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Chromium switches for a container: no sandbox, no GPU, no background traffic.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _profiles = [];
    private IPlaywright? _playwright;

    /// <summary>The browser executable, or null when it is missing.</summary>
    public string? ExecutablePath { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        ExecutablePath = ChromiumInstaller.EnsureInstalled();
        if (ExecutablePath is not null)
        {
            _playwright = await Playwright.CreateAsync();
        }
    }

    /// <summary>True when the browser can run; otherwise fails under CI or reports and returns false (see <see cref="Prerequisite"/>).</summary>
    public bool Require(Xunit.Abstractions.ITestOutputHelper? output = null) =>
        Prerequisite.Require(_playwright is not null, $"Chromium is not available: {ChromiumInstaller.Problem}", output);

    /// <summary>A new browser (own process, fresh profile) with one context, closed when the fixture is disposed.</summary>
    /// <param name="baseUrl">What relative navigations resolve against.</param>
    /// <param name="configure">Adjusts the launch options (viewport, timeouts, service workers) after the defaults are set.</param>
    public async Task<IBrowserContext> NewContextAsync(string? baseUrl = null, Action<BrowserTypeLaunchPersistentContextOptions>? configure = null)
    {
        var playwright = _playwright ?? throw new InvalidOperationException("Chromium is not available; call Require() first.");
        var profile = Path.Combine(Path.GetTempPath(), "sg-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        _profiles.Add(profile);
        var options = new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        };
        configure?.Invoke(options);
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, options);
        _contexts.Add(context);
        return context;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var profile in _profiles.Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be flushing its profile; a leftover temp folder is harmless.
            }
        }
    }
}
