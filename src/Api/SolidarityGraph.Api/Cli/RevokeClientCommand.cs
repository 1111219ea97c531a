namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>revoke-client --client-id &lt;id&gt;</c>: removes a partner application and revokes its tokens; its live access
/// tokens are refused on their next request (every token is checked against its database entry).
/// </summary>
internal static class RevokeClientCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var switches = args.Where((_, i) => !CreateClientCommand.IsOptionArgument(args, i, "--client-id")).ToArray();
        if (CreateClientCommand.ValueOf(args, "--client-id") is not { } clientId || CommandHost.Operands(switches).Length > 0)
        {
            await error.WriteLineAsync("Usage: revoke-client --client-id <id>");
            return CommandLine.Usage;
        }

        if (!await CommandHost.RunWithApplicationsAsync(switches, (applications, ct) => applications.RevokeAsync(clientId, ct), cancellationToken))
        {
            await error.WriteLineAsync($"No client with the id '{clientId}'.");
            return CommandLine.Failure;
        }

        await output.WriteLineAsync($"Client {clientId} revoked: its secret and its tokens no longer work.");
        return CommandLine.Success;
    }
}
