using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Tests.Pages.Admin;

/// <summary>
/// The Api in-process over a temporary seeded SQLite file, with helpers to create users, sign in and post forms
/// exactly as a browser would (antiforgery token taken from the rendered form).
/// </summary>
public sealed class AdminHost : WebApplicationFactory<Program>
{
    public const string Password = "Test-Password-42";

    private readonly TempDatabase _database = new();

    /// <summary>Failed sign-ins before lockout (configuration Admin:Lockout:MaxFailedAttempts).</summary>
    public int MaxFailedAttempts { get; init; } = 3;

    /// <summary>Further configuration values (e.g. <c>RateLimits:Clients:&lt;id&gt;:PointsPerHour</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Another host whose database this one uses, as a second instance of one deployment would.</summary>
    public AdminHost? SharesDatabaseWith { get; init; }

    /// <summary>Replaces services of the host (e.g. a clock).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("ConnectionStrings:SolidarityGraph", (SharesDatabaseWith?._database ?? _database).ConnectionString);
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }

        builder.UseSetting("Seed:SeedWhenEmpty", "true");
        builder.UseSetting("Admin:Lockout:MaxFailedAttempts", MaxFailedAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Creates a user with <see cref="Password"/> and the given role.</summary>
    public async Task<string> CreateUserAsync(string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateAsync(email, Password, role);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A client that does not follow redirects, so tests see 302s.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as a new user with <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(string role)
    {
        var client = NewClient();
        var response = await SignInAsync(client, await CreateUserAsync(role), Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await PostFormAsync(client, "/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>GETs <paramref name="url"/>, then posts its first form with the rendered fields overridden by <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formSelector = null)
    {
        var page = await GetDocumentAsync(client, url);
        var form = (IHtmlFormElement)(page.QuerySelector(formSelector ?? "main form[method=post]") ?? throw new InvalidOperationException($"no form on {url}"));
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is { Length: > 0 } && i.Type != "submit")
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Runs <paramref name="action"/> with a domain context of this host.</summary>
    public async Task<T> WithDbAsync<T>(Func<SolidarityGraphDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }
}
