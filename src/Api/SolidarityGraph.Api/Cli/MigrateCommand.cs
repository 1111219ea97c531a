using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>migrate</c>: creates the database if needed, applies pending migrations of the domain and Identity contexts,
/// exits. On PostgreSQL it holds the same advisory lock as a starting server, so it is safe to run beside instances.
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (CommandHost.Operands(args) is { Length: > 0 } extra)
        {
            await error.WriteLineAsync($"'migrate' takes no arguments (got '{string.Join(' ', extra)}').");
            return CommandLine.Usage;
        }

        return await CommandHost.RunAsync(args, async (db, identity) =>
        {
            var settings = new DatabaseSettings(DatabaseProviders.Of(db.Database), db.Database.GetConnectionString()!);
            await DatabaseInitializer.RunExclusiveAsync(settings, async ct =>
            {
                await DatabaseInitializer.InitializeAsync(db, ct);
                await identity.Database.ApplyMigrationsAsync(ct);
                return true;
            }, cancellationToken);
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            await output.WriteLineAsync($"Database: {settings.Provider} {db.Database.GetDbConnection().DataSource}");
            await output.WriteLineAsync($"Applied migrations: {applied.Count} (last: {applied.LastOrDefault() ?? "none"})");
            return CommandLine.Success;
        });
    }
}
