using System.Diagnostics;

namespace SolidarityGraph.Api.Tests.Cli;

/// <summary>The built host, run as a process: verbs are wired into Program and configured by environment variables.</summary>
public sealed class ProgramExitCodeTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task UnknownVerbExitsWithCode2()
    {
        var (exitCode, _, error) = await RunAsync("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown command 'frobnicate'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedUsesTheConnectionStringFromTheEnvironment()
    {
        var (exitCode, output, error) = await RunAsync("seed");

        Assert.True(exitCode == 0, error);
        Assert.Contains(_database.FilePath, output, StringComparison.Ordinal);
        Assert.True(File.Exists(_database.FilePath));
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__SolidarityGraph"] = _database.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
