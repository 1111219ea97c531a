using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Auth;

/// <summary>
/// Identity tables (users, roles, lockout state) of the stewards' admin. They live in the same database as the
/// domain but keep their own migrations and history table, so the two schemas evolve independently. OpenIddict's
/// applications, authorizations, scopes and tokens (partner access) live here too, and the Data Protection keys that
/// sign admin cookies and antiforgery tokens, so every instance on the database accepts them.
/// </summary>
public sealed class AdminIdentityDbContext(DbContextOptions<AdminIdentityDbContext> options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring (<c>PersistKeysToDbContext</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>History table of this context's migrations (the domain uses the EF default).</summary>
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";

    /// <summary>Configures SQLite with this context's migrations and history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));

    /// <summary>Configures the provider in <paramref name="settings"/> with this context's migrations (per provider) and history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        _ = settings.Provider == DatabaseProvider.Postgres
            ? options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            : options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>().UseOpenIddict();
    }
}
