using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Seed;

namespace SolidarityGraph.Api.Cli;

/// <summary><c>seed [file]</c>: migrates, loads the seed dataset idempotently, prints the entity counts, exits.</summary>
internal static class SeedCommand
{
    public static Command Create(VerbContext context)
    {
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "A seed file in the format of the embedded seed.json (default: the embedded dataset)." };
        var command = new Command("seed", "Apply migrations, load the seed dataset idempotently, print the entity counts and exit.") { file };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(file), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? file, VerbContext context, CancellationToken cancellationToken)
    {
        var (output, error) = (context.Output, context.Error);
        if (file is not null && !File.Exists(file))
        {
            await error.WriteLineAsync($"Seed file '{file}' does not exist.");
            return CommandLine.Usage;
        }

        try
        {
            return await CommandHost.RunAsync(context.Switches, async db =>
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
