using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>grow-dataset --organisations 50000 --projects 20000 --fundings 100000 [--participations N] [--seed S]</c>: adds
/// synthetic records to the (seeded) database for scale tests and benchmarks, with realistic relations: funders are
/// a tenth of the organisations and give most of the funding (a few large funders, many small), projects have two to
/// five participants, funding goes to a project and its implementing organisation, amounts in three currencies with
/// one in ten unknown, organisations nest under parents. Inserted in one transaction with prepared statements.
/// Deterministic for a given <c>--seed</c>.
/// </summary>
internal static class GrowDatasetCommand
{
    private static readonly string[] OrganisationKinds = ["Ngo", "Cooperative", "Association", "Foundation", "Network", "Company", "LocalGovernment", "PublicAgency"];
    private static readonly string[] ProjectKinds = ["DevelopmentProject", "DocumentedPractice", "Programme", "AdvocacyProject"];
    private static readonly string[] Roles = ["Implementing", "Partner", "Funding", "TechnicalSupport"];
    private static readonly string[] Currencies = ["EUR", "CHF", "USD"];
    private static readonly string[] Countries = ["PE", "BO", "SN", "BF", "IN", "PH", "BR", "KE", "FR", "CH", "ES", "MA"];
    private static readonly string[] Words = ["water", "solar", "cooperative", "women", "seeds", "bakery", "school", "market", "credit", "health", "youth", "forest", "fair trade", "housing", "waste", "textile"];

    public static Command Create(VerbContext context)
    {
        var organisations = Count("--organisations", "Organisations to add; funding and participations need at least 10.", required: true);
        var projects = Count("--projects", "Projects to add.", required: true);
        var fundings = Count("--fundings", "Funding records to add.", required: true);
        var participations = Count("--participations", "Participations to add (default: as many as fundings).", required: false);
        var seed = Count("--seed", "Seed of the random choices: the same seed adds the same records (default 1).", required: false);
        var command = new Command("grow-dataset", "Add synthetic organisations, projects, funding and participations with realistic relations (one transaction), for scale tests and benchmarks; SQLite only.")
        {
            organisations, projects, fundings, participations, seed,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            // The required counts are there: a missing one is a parse error and the action does not run.
            var counts = new Counts(result.GetValue(organisations) ?? 0, result.GetValue(projects) ?? 0, result.GetValue(fundings) ?? 0,
                result.GetValue(participations) ?? result.GetValue(fundings) ?? 0);
            if (counts.Organisations < 10 && (counts.Projects > 0 || counts.Fundings > 0))
            {
                return await CommandLine.UsageErrorAsync(result, context.Error,
                    "Funding and participations need at least 10 organisations (--organisations 10 or more).");
            }

            return await RunAsync(counts, result.GetValue(seed) ?? 1, context, cancellationToken);
        });
        return command;
    }

    private static Option<int?> Count(string name, string description, bool required)
    {
        return new Option<int?>(name)
        {
            Required = required,
            HelpName = "n",
            Description = description,
            CustomParser = result =>
            {
                if (int.TryParse(result.Tokens.Single().Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    return count;
                }

                result.AddError($"Option '{name}' takes a whole number ≥ 0.");
                return null;
            },
        };
    }

    private static async Task<int> RunAsync(Counts counts, int seed, VerbContext context, CancellationToken cancellationToken)
    {
        var (organisations, projects, fundings, participations) = counts;
        var output = context.Output;
        return await CommandHost.RunAsync(context.Switches, async db =>
        {
            await DatabaseInitializer.InitializeAsync(db, cancellationToken);
            var started = System.Diagnostics.Stopwatch.StartNew();
            await GrowAsync(db, counts, seed, cancellationToken);
            await output.WriteLineAsync($"Database: {db.Database.GetDbConnection().DataSource}");
            await output.WriteLineAsync($"Added {organisations} organisations, {projects} projects, {fundings} fundings, {participations} participations in {started.Elapsed.TotalSeconds:0.0} s.");
            return CommandLine.Success;
        });
    }

    /// <summary>Adds the records in one transaction.</summary>
    public static async Task GrowAsync(SolidarityGraphDbContext db, Counts counts, int seed, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            // The bulk inserts are SQLite statements; PostgreSQL gets a grown database through copy-to.
            throw new InvalidOperationException(
                "grow-dataset writes to a SQLite database; grow one with Database:Provider=Sqlite, then copy it with copy-to --provider Postgres.");
        }

        var random = new Random(seed);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
        var start = DateTimeOffset.UtcNow.AddYears(-1);

        var organisationIds = new string[counts.Organisations];
        await using (var insert = Command(connection, transaction,
            "INSERT INTO Organisations (Id, Name, Acronym, AltNames, Kind, SseEntityType, CountryCode, ParentId, Themes, Description, CreatedAt, UpdatedAt, Version) " +
            "VALUES ($id, $name, NULL, '[]', $kind, 'Unknown', $country, $parent, '[]', $description, $now, $now, 1)", "$id", "$name", "$kind", "$country", "$parent", "$description", "$now"))
        {
            for (var i = 0; i < counts.Organisations; i++)
            {
                organisationIds[i] = EntityId.New(start.AddMilliseconds(i));
                // One in twenty is a branch of an earlier organisation, as networks and federations are.
                var parent = i > 100 && random.Next(20) == 0 ? organisationIds[random.Next(i)] : null;
                await InsertAsync(insert, cancellationToken, organisationIds[i], $"{Pick(random, Words)} {Pick(random, OrganisationKinds).ToLowerInvariant()} {i}",
                    Pick(random, OrganisationKinds), Pick(random, Countries), parent, $"Works on {Pick(random, Words)} and {Pick(random, Words)}.", now);
            }
        }

        var projectIds = new string[counts.Projects];
        await using (var insert = Command(connection, transaction,
            "INSERT INTO Projects (Id, Title, TitleLanguage, AlternativeTitles, Kind, Description, Objectives, Components, Dates, CreatedAt, UpdatedAt, Version) " +
            "VALUES ($id, $title, 'en', '[]', $kind, $description, '[]', '[]', '[]', $now, $now, 1)", "$id", "$title", "$kind", "$description", "$now"))
        {
            for (var i = 0; i < counts.Projects; i++)
            {
                projectIds[i] = EntityId.New(start.AddMilliseconds(i));
                await InsertAsync(insert, cancellationToken, projectIds[i], $"{Pick(random, Words)} for {Pick(random, Words)} {i}", Pick(random, ProjectKinds),
                    $"A {Pick(random, Words)} project in {Pick(random, Countries)}.", now);
            }
        }

        // A project's participants: two to five organisations, the first implementing it.
        var implementers = new string?[counts.Projects];
        await using (var insert = Command(connection, transaction,
            "INSERT INTO Participations (Id, OrganisationId, ProjectId, Role, CreatedAt, UpdatedAt, Version) VALUES ($id, $organisation, $project, $role, $now, $now, 1)",
            "$id", "$organisation", "$project", "$role", "$now"))
        {
            for (var i = 0; i < counts.Participations && counts.Projects > 0; i++)
            {
                var project = i % counts.Projects;
                var organisation = organisationIds[random.Next(counts.Organisations)];
                implementers[project] ??= organisation;
                await InsertAsync(insert, cancellationToken, EntityId.New(start.AddMilliseconds(i)), organisation, projectIds[project],
                    implementers[project] == organisation ? "Implementing" : Pick(random, Roles), now);
            }
        }

        // Funders: the first tenth of the organisations, skewed so that a few give much of the funding.
        var funders = Math.Max(1, counts.Organisations / 10);
        await using (var insert = Command(connection, transaction,
            "INSERT INTO Fundings (Id, FunderId, RecipientId, ProjectId, Amount, Currency, Instrument, FlowStage, CreatedAt, UpdatedAt, Version) " +
            "VALUES ($id, $funder, $recipient, $project, $amount, $currency, 'Contribution', 'Commitment', $now, $now, 1)",
            "$id", "$funder", "$recipient", "$project", "$amount", "$currency", "$now"))
        {
            for (var i = 0; i < counts.Fundings; i++)
            {
                var funder = organisationIds[(int)(funders * Math.Pow(random.NextDouble(), 2))];
                var project = counts.Projects > 0 ? random.Next(counts.Projects) : -1;
                var recipient = project >= 0 ? implementers[project] : organisationIds[random.Next(counts.Organisations)];
                var unknown = random.Next(10) == 0;
                await InsertAsync(insert, cancellationToken, EntityId.New(start.AddMilliseconds(i)), funder, recipient ?? organisationIds[random.Next(counts.Organisations)],
                    project >= 0 ? projectIds[project] : null, unknown ? null : (long)random.Next(1_000, 5_000_000) * 100, unknown ? null : Pick(random, Currencies), now);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    // Parameters in the order of Command's names, "$now" last.
    private static async Task InsertAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    /// <summary>How many records of each kind to add.</summary>
    public sealed record Counts(int Organisations, int Projects, int Fundings, int Participations);
}
