using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Cli;

namespace SolidarityGraph.Api.Tests.Cli;

/// <summary><c>create-client</c> and <c>rotate-client-secret</c>: partner applications for the client-credentials grant.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class CreateClientCommandTests : IDisposable
{
    private const string Secret = "a-partner-secret-that-is-long-enough-1";
    private readonly TempDatabase _database = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(CreateClientCommand.SecretVariable, null);
        _database.Dispose();
    }

    [Fact]
    public async Task GeneratedSecretIsPrintedOnceAndStoredHashed()
    {
        var exitCode = await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", "--scopes", "graph.read graph.write", Connection()], _output, _error);

        Assert.True(exitCode == 0, _error.ToString());
        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Client atlas created with scopes: graph.read graph.write.", lines[0]);
        var secret = lines[1]["Client secret (shown once, store it now): ".Length..];
        Assert.Equal(43, secret.Length);
        var (stored, permissions) = await StoredAsync("atlas");
        Assert.NotNull(stored);
        Assert.DoesNotContain(secret, stored);
        Assert.Contains("scp:graph.write", permissions);
        Assert.Contains("gt:client_credentials", permissions);
    }

    [Fact]
    public async Task SecretFromTheEnvironmentIsNotPrinted()
    {
        Environment.SetEnvironmentVariable(CreateClientCommand.SecretVariable, Secret);

        Assert.Equal(0, await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", "--scopes", "graph.read", Connection()], _output, _error));

        Assert.Equal("Client atlas created with scopes: graph.read." + Environment.NewLine, _output.ToString());
    }

    [Theory]
    [InlineData("graph.read pii.read", "A partner application cannot hold pii.read: personal data is for signed-in stewards only.")]
    [InlineData("graph.read graph.admin", "Unknown scope(s): graph.admin. Scopes: graph.read, graph.write.")]
    [InlineData(" ", "Name at least one scope: graph.read, graph.write.")]
    public async Task BadScopesAreRefusedAndNothingIsCreated(string scopes, string message)
    {
        Assert.Equal(1, await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", "--scopes", scopes, Connection()], _output, _error));

        Assert.Equal(message + Environment.NewLine, _error.ToString());
        Assert.Null((await StoredAsync("atlas")).Secret);
    }

    [Fact]
    public async Task ShortSecretIsRefused()
    {
        Environment.SetEnvironmentVariable(CreateClientCommand.SecretVariable, "short");

        Assert.Equal(1, await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", "--scopes", "graph.read", Connection()], _output, _error));

        Assert.Equal("The secret must be at least 32 characters long." + Environment.NewLine, _error.ToString());
    }

    [Fact]
    public async Task DuplicateClientIdIsRefusedAndKeepsTheFirst()
    {
        Environment.SetEnvironmentVariable(CreateClientCommand.SecretVariable, Secret);
        Assert.Equal(0, await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", "--scopes", "graph.read", Connection()], _output, _error));
        var (first, _) = await StoredAsync("atlas");

        Assert.Equal(1, await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", "--scopes", "graph.write", Connection()], _output, _error));

        Assert.Equal("A client with the id 'atlas' already exists." + Environment.NewLine, _error.ToString());
        Assert.Equal(first, (await StoredAsync("atlas")).Secret);
    }

    [Fact]
    public async Task WithoutClientIdOrScopesItPrintsUsageAndExits2()
    {
        const string usage = "Usage: create-client --client-id <id> --scopes <scopes> [--name <display name>] [--contact <person or e-mail>] [--redirect-uri <uri>]";
        Assert.Equal(2, await CommandLine.TryRunAsync(["create-client", "--scopes", "graph.read", Connection()], _output, _error));
        Assert.StartsWith(usage + Environment.NewLine + "Option '--client-id' is required." + Environment.NewLine, _error.ToString(), StringComparison.Ordinal);
        _error.GetStringBuilder().Clear();

        Assert.Equal(2, await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", Connection()], _output, _error));
        Assert.StartsWith(usage + Environment.NewLine + "Option '--scopes' is required." + Environment.NewLine, _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_database.FilePath)); // refused before the database is opened
    }

    [Fact]
    public async Task RotatingReplacesTheStoredSecret()
    {
        Environment.SetEnvironmentVariable(CreateClientCommand.SecretVariable, Secret);
        Assert.Equal(0, await CommandLine.TryRunAsync(["create-client", "--client-id", "atlas", "--scopes", "graph.read", Connection()], _output, _error));
        var (before, _) = await StoredAsync("atlas");
        Environment.SetEnvironmentVariable(CreateClientCommand.SecretVariable, null);

        Assert.Equal(0, await CommandLine.TryRunAsync(["rotate-client-secret", "--client-id", "atlas", Connection()], _output, _error));

        Assert.Contains("Client atlas: secret replaced; the old one no longer works.", _output.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(before, (await StoredAsync("atlas")).Secret);
    }

    [Fact]
    public async Task RotatingAnUnknownClientIsAnError()
    {
        Assert.Equal(1, await CommandLine.TryRunAsync(["rotate-client-secret", "--client-id", "ghost", Connection()], _output, _error));

        Assert.Equal("No client with the id 'ghost'." + Environment.NewLine, _error.ToString());
    }

    private string Connection() => $"--ConnectionStrings:SolidarityGraph={_database.ConnectionString}";

    private async Task<(string? Secret, string Permissions)> StoredAsync(string clientId)
    {
        var options = new DbContextOptionsBuilder<AdminIdentityDbContext>();
        AdminIdentityDbContext.Configure(options, _database.ConnectionString);
        await using var db = new AdminIdentityDbContext(options.Options);
        await db.Database.MigrateAsync();
        var row = await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .Where(a => a.ClientId == clientId)
            .Select(a => new { a.ClientSecret, a.Permissions })
            .SingleOrDefaultAsync();
        return (row?.ClientSecret, row?.Permissions ?? "");
    }
}
