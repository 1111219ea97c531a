using System.CommandLine;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>rotate-client-secret --client-id &lt;id&gt;</c>: replaces a partner application's secret; the old secret stops
/// working at once. The new one comes from <c>SG_CLIENT_SECRET</c> or is generated and printed once.
/// </summary>
internal static class RotateClientSecretCommand
{
    public static Command Create(VerbContext context)
    {
        var clientId = new Option<string>("--client-id") { Required = true, HelpName = "id", Description = "The application's client id." };
        var command = new Command("rotate-client-secret", $"Replace a partner application's secret (the old one stops working); the new secret comes from {CreateClientCommand.SecretVariable} or is generated and printed once.")
        {
            clientId,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetRequiredValue(clientId), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string clientId, VerbContext context, CancellationToken cancellationToken)
    {
        var (output, error) = (context.Output, context.Error);
        var secret = Environment.GetEnvironmentVariable(CreateClientCommand.SecretVariable);
        if (!string.IsNullOrEmpty(secret) && secret.Length < Auth.PartnerAccess.PartnerApplications.MinimumSecretLength)
        {
            await error.WriteLineAsync($"The secret must be at least {Auth.PartnerAccess.PartnerApplications.MinimumSecretLength} characters long; nothing was changed.");
            return CommandLine.Failure;
        }

        var rotated = await CommandHost.RunWithApplicationsAsync(context.Switches, (applications, ct) =>
            applications.RotateSecretAsync(clientId, string.IsNullOrEmpty(secret) ? null : secret, ct), cancellationToken);
        if (rotated.Problem is { } problem)
        {
            await error.WriteLineAsync(problem);
            return CommandLine.Failure;
        }

        await output.WriteLineAsync($"Client {clientId}: secret replaced; the old one no longer works.");
        if (string.IsNullOrEmpty(secret))
        {
            await output.WriteLineAsync($"Client secret (shown once, store it now): {rotated.Secret}");
        }

        return CommandLine.Success;
    }
}
