using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SolidarityGraph.Api.Auth;

/// <summary>
/// Identity tables (users, roles, lockout state) of the stewards' admin. They live in the same SQLite file as the
/// domain but keep their own migrations and history table, so the two schemas evolve independently. OpenIddict's
/// applications, authorizations, scopes and tokens (partner access) live here too.
/// </summary>
public sealed class AdminIdentityDbContext(DbContextOptions<AdminIdentityDbContext> options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options)
{
    /// <summary>History table of this context's migrations (the domain uses the EF default).</summary>
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";

    /// <summary>Configures SQLite with this context's migrations assembly and history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable)).UseOpenIddict();
}
