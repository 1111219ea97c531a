using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Extensions;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>create-admin --email you@example.org</c>: creates the first administrator. The password comes from the
/// environment variable <c>SG_ADMIN_PASSWORD</c> or an interactive prompt; there is never a default password.
/// </summary>
internal static class CreateAdminCommand
{
    /// <summary>Environment variable read for the password (for scripts; the prompt is used otherwise).</summary>
    public const string PasswordVariable = "SG_ADMIN_PASSWORD";

    public static Command Create(VerbContext context)
    {
        var email = new Option<string>("--email") { Required = true, HelpName = "address", Description = "The administrator's e-mail address, used to sign in." }.NotBlank();
        var command = new Command("create-admin", $"Create an administrator for /admin; the password comes from the {PasswordVariable} environment variable or an interactive prompt.") { email };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetRequiredValue(email), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string email, VerbContext context, CancellationToken cancellationToken)
    {
        var (output, error) = (context.Output, context.Error);

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (Console.IsInputRedirected)
            {
                await error.WriteLineAsync($"No password: set {PasswordVariable} or run interactively to be prompted.");
                return CommandLine.Usage;
            }

            password = Prompt(output, "Password: ");
            if (Prompt(output, "Repeat password: ") != password)
            {
                await error.WriteLineAsync("The passwords differ; nothing was created.");
                return CommandLine.Failure;
            }
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = context.Switches,
            ContentRootPath = HostingExtensions.ContentRoot,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddAdminIdentityStore();
        builder.Services.AddScoped<AdminAccounts>();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        // A fresh install may run this verb first: create the database (folder, domain schema) before the Identity tables.
        await DatabaseInitializer.InitializeAsync(builder.Configuration.GetDatabaseSettings(), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AdminIdentityDbContext>().Database.ApplyMigrationsAsync(cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateAsync(email, password, AdminRoles.Admin);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync(problem.Description);
            }

            return CommandLine.Failure;
        }

        await output.WriteLineAsync($"Administrator {email} created. Sign in at {AdminExtensions.LoginPath}.");
        return CommandLine.Success;
    }

    private static string Prompt(TextWriter output, string label)
    {
        output.Write(label);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return text.ToString();
    }
}
