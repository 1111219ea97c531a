using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Cli;

namespace SolidarityGraph.Api.Tests.Cli;

/// <summary><c>create-admin</c>: the first administrator, with the password from SG_ADMIN_PASSWORD (never a default).</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, null);
        _database.Dispose();
    }

    [Fact]
    public async Task CreatesAnAdministratorWhoseHashedPasswordVerifies()
    {
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, "First-Admin-Pass-1");

        var exitCode = await CommandLine.TryRunAsync(["create-admin", "--email", "first@example.org", Connection()], _output, _error);

        Assert.True(exitCode == 0, _error.ToString());
        Assert.Contains("Administrator first@example.org created", _output.ToString(), StringComparison.Ordinal);
        var options = new DbContextOptionsBuilder<AdminIdentityDbContext>();
        AdminIdentityDbContext.Configure(options, _database.ConnectionString);
        await using var db = new AdminIdentityDbContext(options.Options);
        var user = await db.Users.SingleAsync();
        Assert.NotEqual("First-Admin-Pass-1", user.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<IdentityUser>().VerifyHashedPassword(user, user.PasswordHash!, "First-Admin-Pass-1"));
        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).SingleAsync();
        Assert.Equal(AdminRoles.Admin, role);
    }

    [Fact]
    public async Task WithoutAnEmailItPrintsUsageAndExits2()
    {
        Assert.Equal(2, await CommandLine.TryRunAsync(["create-admin", Connection()], _output, _error));
        Assert.StartsWith("Usage: create-admin --email", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeakPasswordIsRefused()
    {
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, "short");

        Assert.Equal(1, await CommandLine.TryRunAsync(["create-admin", "--email", "weak@example.org", Connection()], _output, _error));
        Assert.Contains("at least 12 characters", _error.ToString(), StringComparison.Ordinal);
    }

    private string Connection() => $"--ConnectionStrings:SolidarityGraph={_database.ConnectionString}";
}

/// <summary>Tests that set process environment variables run one at a time.</summary>
[CollectionDefinition(nameof(EnvironmentVariableCollection), DisableParallelization = true)]
public sealed class EnvironmentVariableCollection;
