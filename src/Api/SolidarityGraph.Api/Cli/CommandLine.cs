using System.CommandLine;
using System.CommandLine.Help;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// Command-line verbs, parsed by System.CommandLine: <c>&lt;verb&gt; --help</c> for each, validation of its options,
/// completions through the <c>[suggest]</c> directive. The first argument is a verb unless it starts with <c>-</c>:
/// configuration switches such as <c>--urls</c> or <c>--ConnectionStrings:SolidarityGraph=…</c> go to the host, so no
/// verb means "run the server". After a verb, configuration switches still configure the database it touches.
/// </summary>
internal static class CommandLine
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when a verb ran and failed (e.g. a malformed seed file).</summary>
    public const int Failure = 1;

    /// <summary>Exit code for an unknown verb or bad usage.</summary>
    public const int Usage = 2;

    /// <summary>Width of the help text (a terminal's width would make it differ from one window to the next).</summary>
    private const int HelpWidth = 110;

    private static readonly string[] HelpSwitches = ["--help", "-h", "-?"];

    /// <summary>
    /// Runs the verb named by <paramref name="args"/> and returns its exit code, or null when there is no verb and the
    /// caller should start the server.
    /// </summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || (args[0].StartsWith('-') && !HelpSwitches.Contains(args[0], StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        var verb = HelpSwitches.Contains(args[0], StringComparer.OrdinalIgnoreCase) ? "help" : args[0].ToLowerInvariant();
        var (verbArgs, switches) = CommandHost.Split(args[1..]);
        var root = Create(new VerbContext(switches, output, error));
        if (!verb.StartsWith('[') && !root.Subcommands.Any(c => c.Name == verb))
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}. Run without a command to start the server.");
            return Usage;
        }

        var result = root.Parse([verb, .. verbArgs]);
        if (result.Errors.Count > 0 && result.Action is not { ClearsParseErrors: true })
        {
            return await UsageErrorAsync(result, error, [.. result.Errors.Select(e => e.Message)]);
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    /// <summary>The verbs, in the order <c>help</c> lists them.</summary>
    internal static RootCommand Create(VerbContext context)
    {
        var root = new RootCommand("SolidarityGraph API host: without a command it runs the server.")
        {
            MigrateCommand.Create(context),
            SeedCommand.Create(context),
            CopyToCommand.Create(context),
            CreateAdminCommand.Create(context),
            CreateClientCommand.Create(context),
            RotateClientSecretCommand.Create(context),
            RevokeClientCommand.Create(context),
            ExportSchemaCommand.Create(context),
            GrowDatasetCommand.Create(context),
            HelpCommand(context),
        };
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpAction { MaxWidth = HelpWidth };
        }

        return root;
    }

    /// <summary>Bad usage of the parsed verb: its usage line, the reasons, where to read more; exit code 2.</summary>
    internal static async Task<int> UsageErrorAsync(ParseResult result, TextWriter error, params string[] problems)
    {
        var command = result.CommandResult.Command;
        await error.WriteLineAsync("Usage: " + Synopsis(command));
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(problem);
        }

        await error.WriteLineAsync($"Run '{command.Name} --help' for its options.");
        return Usage;
    }

    /// <summary>One line naming the verb's options: required ones plain, optional ones in brackets.</summary>
    internal static string Synopsis(Command command)
    {
        var parts = new List<string> { command.Name };
        parts.AddRange(command.Arguments.Select(a => a.Arity.MinimumNumberOfValues > 0 ? a.Name : $"[{a.Name}]"));
        foreach (var option in command.Options.Where(o => o is not HelpOption))
        {
            var text = $"{option.Name} <{option.HelpName ?? option.Name.TrimStart('-')}>";
            parts.Add(option.Required ? text : $"[{text}]");
        }

        return string.Join(' ', parts);
    }

    /// <summary>Refuses a blank value (<c>--email ""</c>), which the verb could not use.</summary>
    internal static Option<string> NotBlank(this Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError($"Option '{option.Name}' needs a value.");
            }
        });
        return option;
    }

    private static Command HelpCommand(VerbContext context)
    {
        var command = new Command("help", "Show the commands and the configuration keys.");
        command.SetAction(async (_, _) =>
        {
            await context.Output.WriteAsync(HelpText);
            return Success;
        });
        return command;
    }

    /// <summary>Text printed by <c>help</c>.</summary>
    internal const string HelpText =
        """
        SolidarityGraph API host

        Usage: SolidarityGraph.Api [command] [options] [--key=value ...]
               SolidarityGraph.Api <command> --help     the command's options

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

        Exit codes: 0 success, 1 the command failed, 2 unknown command or bad usage (a missing or unknown option).

        Completions: SolidarityGraph.Api "[suggest:<position>]" "<command line>" lists what may follow (the
        System.CommandLine protocol of dotnet-suggest).

        """;
}
