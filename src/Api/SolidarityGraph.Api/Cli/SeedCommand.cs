using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Seed;

namespace SolidarityGraph.Api.Cli;

/// <summary><c>seed [file]</c>: migrates, loads the seed dataset idempotently, prints the entity counts, exits.</summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var operands = CommandHost.Operands(args);
        if (operands.Length > 1)
        {
            await error.WriteLineAsync($"'seed' takes at most one seed file (got '{string.Join(' ', operands)}').");
            return CommandLine.Usage;
        }

        var file = operands.SingleOrDefault();
        if (file is not null && !File.Exists(file))
        {
            await error.WriteLineAsync($"Seed file '{file}' does not exist.");
            return CommandLine.Usage;
        }

        try
        {
            return await CommandHost.RunAsync(CommandHost.Switches(args), async db =>
            {
                await DatabaseInitializer.InitializeAsync(db, cancellationToken);
                var summary = file is null
                    ? await SeedLoader.LoadEmbeddedAsync(db, cancellationToken)
                    : await SeedLoader.LoadAsync(db, file, cancellationToken);
                await output.WriteLineAsync($"Database: {db.Database.GetDbConnection().DataSource}");
                await output.WriteLineAsync($"Seed {summary.File}: {summary.Inserted} inserted, {summary.Unchanged} already present.");
                foreach (var (set, count) in await EntityCounts.CountAsync(db, cancellationToken))
                {
                    await output.WriteLineAsync($"  {set,-20} {count,6}");
                }

                return CommandLine.Success;
            });
        }
        catch (SeedException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return CommandLine.Failure;
        }
    }
}
