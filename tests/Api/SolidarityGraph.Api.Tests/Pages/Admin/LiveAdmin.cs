using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>
/// The admin on a real Kestrel server (127.0.0.1, random port) over a fresh seeded SQLite file, for browser tests:
/// signing in as a browser would, archiving a source to cite, and where screenshots go.
/// </summary>
public sealed class LiveAdmin : IAsyncDisposable
{
    private LiveAdmin(AdminHost host, string baseUrl) => (Host, BaseUrl) = (host, baseUrl);

    public AdminHost Host { get; }

    public string BaseUrl { get; }

    public static LiveAdmin Start()
    {
        var host = new AdminHost();
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return new LiveAdmin(host, host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <summary>Signs a new user with <paramref name="role"/> in through the login form and returns the page.</summary>
    public async Task<IPage> SignInAsync(IBrowserContext context, string role)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("E-mail").FillAsync(await Host.CreateUserAsync(role));
        await page.GetByLabel("Password").FillAsync(AdminHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Registers a source whose text is archived, as the new-source page does, and returns its id.</summary>
    public async Task<string> ArchiveSourceAsync(string title, string text) =>
        await Host.WithDbAsync(async db =>
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            var source = SourceText.ArchiveVerified(new Source(title, "en", SourceText.Sha256Of(bytes), DateTime.UtcNow), bytes);
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            return source.Id;
        });

    /// <summary>Where a test's screenshot goes: <c>artifacts/screenshots/</c> (git-ignored).</summary>
    public static string Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
