using System.CommandLine;
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

    public static Command Create(VerbContext context)
    {
        var clientId = new Option<string>("--client-id") { Required = true, HelpName = "id", Description = "The application's client id, unique." };
        var scopes = new Option<string>("--scopes") { Required = true, HelpName = "scopes", Description = "Space-separated scopes: graph.read, graph.write." };
        var name = new Option<string?>("--name") { HelpName = "display name", Description = "The name shown to stewards." };
        var contact = new Option<string?>("--contact") { HelpName = "person or e-mail", Description = "Who to ask about the application." };
        var redirectUri = new Option<string?>("--redirect-uri") { HelpName = "uri", Description = "Makes a public application for people (authorization code with PKCE, no secret) that returns to this address." };
        var command = new Command("create-client", $"Register a partner application (client credentials); the secret comes from {SecretVariable} or is generated and printed once.")
        {
            clientId, scopes, name, contact, redirectUri,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new PartnerApplicationDraft(result.GetRequiredValue(clientId), result.GetValue(name), result.GetValue(contact), result.GetRequiredValue(scopes),
                result.GetValue(redirectUri) is { } redirect ? [redirect] : [], null),
            context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(PartnerApplicationDraft draft, VerbContext context, CancellationToken cancellationToken)
    {
        var (output, error, clientId, scopes) = (context.Output, context.Error, draft.ClientId, draft.Scopes);
        var secret = Environment.GetEnvironmentVariable(SecretVariable);
        var (created, problems) = await CommandHost.RunWithApplicationsAsync(context.Switches, (applications, ct) =>
            applications.RegisterAsync(draft with { Secret = string.IsNullOrEmpty(secret) ? null : secret }, ct), cancellationToken);
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
}
