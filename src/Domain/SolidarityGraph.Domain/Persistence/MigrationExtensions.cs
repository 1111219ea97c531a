using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>How every SolidarityGraph context applies its migrations (the domain's and the admin's Identity tables).</summary>
public static class MigrationExtensions
{
    /// <summary>
    /// Creates the migrations history table when it is missing, then applies pending migrations. On a new PostgreSQL
    /// database the provider's migrator reads the history table before creating it and logs that failed SELECT at
    /// error level although the migration succeeds (npgsql/efcore.pg#3407, dotnet/efcore#37328); an operator's first
    /// start would open with two "fail:" lines. Creating the table first leaves nothing to fail.
    /// </summary>
    public static async Task ApplyMigrationsAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
