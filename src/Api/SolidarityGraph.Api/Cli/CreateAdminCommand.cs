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

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var email = EmailOf(args);
        if (string.IsNullOrWhiteSpace(email) || CommandHost.Operands(args).Length > 0)
        {
            await error.WriteLineAsync("Usage: create-admin --email <address>   (password from SG_ADMIN_PASSWORD or a prompt)");
            return CommandLine.Usage;
        }

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
            Args = args.Where((a, i) => !IsEmailArgument(args, i)).ToArray(),
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

    private static string? EmailOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--email" && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--email=", StringComparison.Ordinal))
            {
                return args[i]["--email=".Length..];
            }
        }

        return null;
    }

    private static bool IsEmailArgument(string[] args, int i) =>
        args[i] == "--email" || args[i].StartsWith("--email=", StringComparison.Ordinal) || (i > 0 && args[i - 1] == "--email");

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
