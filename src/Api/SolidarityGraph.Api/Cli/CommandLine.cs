namespace SolidarityGraph.Api.Cli;

/// <summary>
/// Command-line verbs. The first argument is a verb unless it starts with <c>-</c>: configuration switches such as
/// <c>--urls</c> or <c>--ConnectionStrings:SolidarityGraph=…</c> go to the host, so no verb means "run the server".
/// </summary>
internal static class CommandLine
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when a verb ran and failed (e.g. a malformed seed file).</summary>
    public const int Failure = 1;

    /// <summary>Exit code for an unknown verb or bad usage.</summary>
    public const int Usage = 2;

    private static readonly string[] HelpSwitches = ["--help", "-h", "-?"];

    /// <summary>
    /// Runs the verb named by <paramref name="args"/> and returns its exit code, or null when there is no verb and the
    /// caller should start the server.
    /// </summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var verb = args[0];
        if (HelpSwitches.Contains(verb, StringComparer.OrdinalIgnoreCase))
        {
            verb = "help";
        }
        else if (verb.StartsWith('-'))
        {
            return null;
        }

        var rest = args[1..];
        switch (verb.ToLowerInvariant())
        {
            case "help":
                await output.WriteAsync(HelpText);
                return Success;
            case "migrate":
                return await MigrateCommand.RunAsync(rest, output, error, cancellationToken);
            case "seed":
                return await SeedCommand.RunAsync(rest, output, error, cancellationToken);
            case "create-admin":
                return await CreateAdminCommand.RunAsync(rest, output, error, cancellationToken);
            case "create-client":
                return await CreateClientCommand.RunAsync(rest, output, error, cancellationToken);
            case "rotate-client-secret":
                return await RotateClientSecretCommand.RunAsync(rest, output, error, cancellationToken);
            case "revoke-client":
                return await RevokeClientCommand.RunAsync(rest, output, error, cancellationToken);
            case "copy-to":
                return await CopyToCommand.RunAsync(rest, output, error, cancellationToken);
            case "export-schema":
                return await ExportSchemaCommand.RunAsync(rest, output, error, cancellationToken);
            case "grow-dataset":
                return await GrowDatasetCommand.RunAsync(rest, output, error, cancellationToken);
            default:
                await error.WriteLineAsync($"Unknown command '{verb}'. Commands: migrate, seed, copy-to, create-admin, create-client, rotate-client-secret, revoke-client, export-schema, grow-dataset, help. Run without a command to start the server.");
                return Usage;
        }
    }

    /// <summary>Text printed by <c>help</c>.</summary>
    internal const string HelpText =
        """
        SolidarityGraph API host

        Usage: SolidarityGraph.Api [command] [--key=value ...]

        Commands:
          (none)         run the server (default URL http://localhost:5000; GET /, /health, /admin, /graphql)
          migrate        apply pending database migrations and exit (on PostgreSQL under the same lock as a
                         starting server, so it can run beside instances)
          seed [file]    apply migrations, load the seed dataset (embedded, or the given JSON file), print counts, exit
          create-admin --email <address>
                         create an administrator for /admin; the password comes from the
                         SG_ADMIN_PASSWORD environment variable or an interactive prompt
          create-client --client-id <id> --scopes "graph.read graph.write" [--name <display name>]
                         register a partner application (client credentials); the secret comes from
                         SG_CLIENT_SECRET or is generated, and is printed once; with --redirect-uri <uri>
                         a public application for people (authorization code + PKCE, no secret)
          rotate-client-secret --client-id <id>
                         replace a partner application's secret (the old one stops working); the new
                         secret comes from SG_CLIENT_SECRET or is generated and printed once
          revoke-client --client-id <id>
                         remove a partner application; its live tokens are refused on their next request
          copy-to --provider Postgres --connection "Host=…;Database=…;Username=…;Password=…"
                         copy the configured database (e.g. the SQLite file) into an empty one of another
                         provider, created and migrated first: every table, audit trail and accounts included
          export-schema [file]
                         write the GraphQL schema (SDL) to schema.graphql at the repository root, or to file
          grow-dataset --organisations <n> --projects <n> --fundings <n> [--participations <n>] [--seed <n>]
                         add synthetic organisations, projects, funding and participations with realistic
                         relations (one transaction), for scale tests and benchmarks
          help           show this text

        Configuration (appsettings.json, environment variables or --key=value switches):
          Database:Provider                   default "Sqlite"; "Postgres" for a PostgreSQL server shared by several
                                              instances (see docs/deploy.md)
          ConnectionStrings:SolidarityGraph   default "Data Source=data/solidaritygraph.db", relative to the working
                                              directory: the folder the command was typed in, also under
                                              "dotnet run --project" (not the project folder)
                                              environment variable: ConnectionStrings__SolidarityGraph
          Urls                                default "http://localhost:5000"
          GraphQL:Ide:DisableTelemetry        default true: the IDE sends no telemetry to its vendor
          Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command
                                              default Warning; Information logs every SQL statement
          PartnerAccess:Issuer                default "http://localhost:5000/": the public base address, the
                                              issuer of tokens and the base of every OAuth endpoint
          PartnerAccess:KeyFolder             default "keys" beside the database file: generated signing and
                                              encryption keys (owner-only); or PartnerAccess:SigningKeyFile (RSA
                                              PEM) and PartnerAccess:EncryptionKeyFile (32 bytes, base64). With
                                              Postgres there is no default: a folder every instance shares
          Seed:SeedWhenEmpty                  default true: seed an empty database when the server starts

        Exit codes: 0 success, 1 the command failed, 2 unknown command or bad usage.

        """;
}
