using System.CommandLine;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>revoke-client --client-id &lt;id&gt;</c>: removes a partner application and revokes its tokens; its live access
/// tokens are refused on their next request (every token is checked against its database entry).
/// </summary>
internal static class RevokeClientCommand
{
    public static Command Create(VerbContext context)
    {
        var clientId = new Option<string>("--client-id") { Required = true, HelpName = "id", Description = "The application's client id." };
        var command = new Command("revoke-client", "Remove a partner application; its live tokens are refused on their next request.") { clientId };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetRequiredValue(clientId), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string clientId, VerbContext context, CancellationToken cancellationToken)
    {
        var (output, error) = (context.Output, context.Error);
        if (!await CommandHost.RunWithApplicationsAsync(context.Switches, (applications, ct) => applications.RevokeAsync(clientId, ct), cancellationToken))
        {
            await error.WriteLineAsync($"No client with the id '{clientId}'.");
            return CommandLine.Failure;
        }

        await output.WriteLineAsync($"Client {clientId} revoked: its secret and its tokens no longer work.");
        return CommandLine.Success;
    }
}
