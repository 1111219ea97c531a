using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>create-client --client-id &lt;id&gt; --scopes "graph.read graph.write"</c>: registers a partner application for
/// the client-credentials grant. The secret comes from <c>SG_CLIENT_SECRET</c> or is generated and printed once; only
/// its hash is stored.
/// </summary>
internal static class CreateClientCommand
{
    /// <summary>Environment variable read for the secret.</summary>
    public const string SecretVariable = "SG_CLIENT_SECRET";

    private const string UsageText = "Usage: create-client --client-id <id> --scopes \"graph.read graph.write\" [--name <display name>] [--contact <person or e-mail>] [--redirect-uri <uri>]   (secret from SG_CLIENT_SECRET or generated; with --redirect-uri a public client for people: code flow with PKCE, no secret)";
    private static readonly string[] Options = ["--client-id", "--scopes", "--name", "--contact", "--redirect-uri"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var values = Options.ToDictionary(o => o, o => ValueOf(args, o));
        var switches = args.Where((_, i) => !IsOptionArgument(args, i, Options)).ToArray();
        if (values["--client-id"] is not { } clientId || values["--scopes"] is not { } scopes || CommandHost.Operands(switches).Length > 0)
        {
            await error.WriteLineAsync(UsageText);
            return CommandLine.Usage;
        }

        var secret = Environment.GetEnvironmentVariable(SecretVariable);
        var (created, problems) = await CommandHost.RunWithApplicationsAsync(switches, (applications, ct) =>
            applications.RegisterAsync(new PartnerApplicationDraft(clientId, values["--name"], values["--contact"], scopes,
                values["--redirect-uri"] is { } redirect ? [redirect] : [], string.IsNullOrEmpty(secret) ? null : secret), ct), cancellationToken);
        if (created is null)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem.Message);
            }

            return CommandLine.Failure;
        }

        await output.WriteLineAsync($"Client {clientId} created with scopes: {string.Join(' ', PartnerScopes.Parse(scopes).Known)}.");
        if (string.IsNullOrEmpty(secret) && created.Length > 0)
        {
            await output.WriteLineAsync($"Client secret (shown once, store it now): {created}");
        }

        return CommandLine.Success;
    }

    /// <summary>The value of <paramref name="option"/> (<c>--x value</c> or <c>--x=value</c>), or null.</summary>
    internal static string? ValueOf(string[] args, string option)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == option && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(option + "=", StringComparison.Ordinal))
            {
                return args[i][(option.Length + 1)..];
            }
        }

        return null;
    }

    /// <summary>Whether <c>args[i]</c> is one of <paramref name="options"/> or its value.</summary>
    internal static bool IsOptionArgument(string[] args, int i, params string[] options) =>
        options.Any(o => args[i] == o || args[i].StartsWith(o + "=", StringComparison.Ordinal) || (i > 0 && args[i - 1] == o));
}
