using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.Extensions;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// Builds the same configuration and persistence as the server (appsettings.json, environment, switches) without
/// starting it, so a verb touches exactly the database the server would use.
/// </summary>
internal static class CommandHost
{
    /// <summary>Runs <paramref name="action"/> with a database context; switches in <paramref name="args"/> configure it.</summary>
    public static Task<T> RunAsync<T>(string[] args, Func<SolidarityGraphDbContext, Task<T>> action) =>
        RunAsync(args, (db, _) => action(db));

    /// <summary>
    /// Runs <paramref name="action"/> with the domain and Identity contexts of the configured database; switches in
    /// <paramref name="args"/> configure it.
    /// </summary>
    public static async Task<T> RunAsync<T>(string[] args, Func<SolidarityGraphDbContext, AdminIdentityDbContext, Task<T>> action)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = HostingExtensions.ContentRoot });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPersistence();
        builder.AddAdminIdentityStore();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>(), scope.ServiceProvider.GetRequiredService<AdminIdentityDbContext>());
    }

    /// <summary>
    /// Runs <paramref name="action"/> with the partner applications store (Identity database, migrated first: a fresh
    /// install may run a client verb before the server ever started).
    /// </summary>
    public static async Task<T> RunWithApplicationsAsync<T>(string[] args, Func<PartnerApplications, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = HostingExtensions.ContentRoot });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddAdminIdentityStore();
        builder.AddPartnerApplicationStore();
        builder.AddPersistence(); // the audit trail
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await DatabaseInitializer.InitializeAsync(builder.Configuration.GetDatabaseSettings(), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AdminIdentityDbContext>().Database.ApplyMigrationsAsync(cancellationToken);
        scope.ServiceProvider.GetRequiredService<SolidarityGraphDbContext>().Actor = $"{Environment.UserName} (command line)";
        return await action(scope.ServiceProvider.GetRequiredService<PartnerApplications>(), cancellationToken);
    }

    /// <summary>Arguments that are not switches: the verb's own operands.</summary>
    public static string[] Operands(string[] args) =>
        args.Where((arg, i) => !arg.StartsWith('-') && (i == 0 || !IsSwitchAwaitingValue(args[i - 1]))).ToArray();

    /// <summary>Switches for the configuration: everything except the operands.</summary>
    public static string[] Switches(string[] args)
    {
        var operands = Operands(args);
        return args.Where(arg => !operands.Contains(arg)).ToArray();
    }

    // "--urls http://x" passes its value as the next argument; "--urls=http://x" does not.
    private static bool IsSwitchAwaitingValue(string arg) => arg.StartsWith('-') && !arg.Contains('=');
}
