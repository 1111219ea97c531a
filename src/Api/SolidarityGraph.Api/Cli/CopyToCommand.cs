using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>copy-to --provider Postgres --connection "…"</c>: copies the configured database (by default the SQLite file)
/// into another, empty one: it is created and migrated first, then every table of the domain and of the Identity
/// context (accounts, partner applications, tokens, Data Protection keys) is copied as it is, audit trail and versions
/// included. A target that already holds data is refused, so nothing is overwritten.
/// </summary>
internal static class CopyToCommand
{
    public static Command Create(VerbContext context)
    {
        var provider = new Option<string>("--provider") { Required = true, HelpName = "Sqlite|Postgres", Description = "The target's database provider." };
        var connection = new Option<string>("--connection") { Required = true, HelpName = "connection string", Description = "The target's connection string, e.g. \"Host=…;Database=…;Username=…;Password=…\"." }.NotBlank();
        var command = new Command("copy-to", "Copy the configured database (e.g. the SQLite file) into an empty one of another provider, created and migrated first: every table, audit trail and accounts included.")
        {
            provider, connection,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetRequiredValue(provider), result.GetRequiredValue(connection), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string provider, string connection, VerbContext context, CancellationToken cancellationToken)
    {
        var (output, error) = (context.Output, context.Error);
        DatabaseSettings target;
        try
        {
            target = new DatabaseSettings(DatabaseProviders.Parse(provider), connection);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return CommandLine.Usage;
        }

        return await CommandHost.RunAsync(context.Switches, async (sourceDb, sourceIdentity) =>
        {
            var source = new DatabaseSettings(DatabaseProviders.Of(sourceDb.Database), sourceDb.Database.GetConnectionString()!);
            if (source == target)
            {
                await error.WriteLineAsync("copy-to: the target is the configured database itself.");
                return CommandLine.Usage;
            }

            // The source is brought up to date too: its schema must be the one the target's migrations create.
            await DatabaseInitializer.RunExclusiveAsync(source, async ct =>
            {
                await DatabaseInitializer.InitializeAsync(sourceDb, ct);
                await sourceIdentity.Database.ApplyMigrationsAsync(ct);
                return true;
            }, cancellationToken);

            await using var targetDb = DatabaseInitializer.CreateContext(target);
            var options = new DbContextOptionsBuilder<AdminIdentityDbContext>();
            AdminIdentityDbContext.Configure(options, target);
            await using var targetIdentity = new AdminIdentityDbContext(options.Options);
            return await DatabaseInitializer.RunExclusiveAsync(target, async ct =>
            {
                await DatabaseInitializer.InitializeAsync(targetDb, ct);
                await targetIdentity.Database.ApplyMigrationsAsync(ct);
                var filled = (await DatabaseCopy.CountAsync(targetDb, ct)).Concat(await DatabaseCopy.CountAsync(targetIdentity, ct)).Where(t => t.Rows > 0).ToList();
                if (filled.Count > 0)
                {
                    await error.WriteLineAsync($"copy-to: the target database is not empty ({string.Join(", ", filled.Select(t => $"{t.Table}: {t.Rows}"))}); nothing was copied.");
                    return CommandLine.Failure;
                }

                var copied = (await DatabaseCopy.CopyAsync(sourceDb, targetDb, ct)).Concat(await DatabaseCopy.CopyAsync(sourceIdentity, targetIdentity, ct)).ToList();
                await output.WriteLineAsync($"Copied {source.Provider} {sourceDb.Database.GetDbConnection().DataSource} into {target.Provider} {targetDb.Database.GetDbConnection().DataSource}:");
                foreach (var (table, rows) in copied)
                {
                    await output.WriteLineAsync($"  {table,-32} {rows,7}");
                }

                return CommandLine.Success;
            }, cancellationToken);
        });
    }
}
