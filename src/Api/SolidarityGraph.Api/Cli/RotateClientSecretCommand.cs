namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>rotate-client-secret --client-id &lt;id&gt;</c>: replaces a partner application's secret; the old secret stops
/// working at once. The new one comes from <c>SG_CLIENT_SECRET</c> or is generated and printed once.
/// </summary>
internal static class RotateClientSecretCommand
{
    private const string UsageText = "Usage: rotate-client-secret --client-id <id>   (new secret from SG_CLIENT_SECRET or generated)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var switches = args.Where((_, i) => !CreateClientCommand.IsOptionArgument(args, i, "--client-id")).ToArray();
        if (CreateClientCommand.ValueOf(args, "--client-id") is not { } clientId || CommandHost.Operands(switches).Length > 0)
        {
            await error.WriteLineAsync(UsageText);
            return CommandLine.Usage;
        }

        var secret = Environment.GetEnvironmentVariable(CreateClientCommand.SecretVariable);
        if (!string.IsNullOrEmpty(secret) && secret.Length < Auth.PartnerAccess.PartnerApplications.MinimumSecretLength)
        {
            await error.WriteLineAsync($"The secret must be at least {Auth.PartnerAccess.PartnerApplications.MinimumSecretLength} characters long; nothing was changed.");
            return CommandLine.Failure;
        }

        var rotated = await CommandHost.RunWithApplicationsAsync(switches, (applications, ct) =>
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
