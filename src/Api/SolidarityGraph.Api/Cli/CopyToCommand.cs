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
    private const string UsageText = "Usage: copy-to --provider <Sqlite|Postgres> --connection \"<connection string>\"   (copies the configured database into the given, empty one)";
    private static readonly string[] Options = ["--provider", "--connection"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var provider = CreateClientCommand.ValueOf(args, "--provider");
        var connection = CreateClientCommand.ValueOf(args, "--connection");
        var switches = args.Where((_, i) => !CreateClientCommand.IsOptionArgument(args, i, Options)).ToArray();
        if (provider is null || string.IsNullOrWhiteSpace(connection) || CommandHost.Operands(switches).Length > 0)
        {
            await error.WriteLineAsync(UsageText);
            return CommandLine.Usage;
        }

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

        return await CommandHost.RunAsync(switches, async (sourceDb, sourceIdentity) =>
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
