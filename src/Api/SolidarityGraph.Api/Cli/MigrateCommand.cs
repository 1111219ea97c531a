using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Cli;

/// <summary><c>migrate</c>: creates the database if needed, applies pending migrations, exits.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (CommandHost.Operands(args) is { Length: > 0 } extra)
        {
            await error.WriteLineAsync($"'migrate' takes no arguments (got '{string.Join(' ', extra)}').");
            return CommandLine.Usage;
        }

        return await CommandHost.RunAsync(args, async db =>
        {
            await DatabaseInitializer.InitializeAsync(db, cancellationToken);
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            await output.WriteLineAsync($"Database: {db.Database.GetDbConnection().DataSource}");
            await output.WriteLineAsync($"Applied migrations: {applied.Count} (last: {applied.LastOrDefault() ?? "none"})");
            return CommandLine.Success;
        });
    }
}
