using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Hosting;

/// <summary>
/// The server as the README's run command starts it: the built output of <c>src/Api/SolidarityGraph.Api</c> as a real
/// process, Production environment, working directory a fresh temporary folder (where <c>data/</c> is created, as
/// <c>dotnet run</c> keeps the caller's folder), on a free port of 127.0.0.1. Everything it prints is kept.
/// </summary>
public sealed partial class ReadmeServer : IAsyncDisposable
{
    /// <summary>The administrator created with the <c>create-admin</c> verb before the server starts.</summary>
    public const string AdminEmail = "admin@example.org";

    /// <summary>The administrator's password (passed as <c>SG_ADMIN_PASSWORD</c>).</summary>
    public const string AdminPassword = "Readme-Server-Password-42";

    // Generous: on a loaded machine a first start (migrations and seed, on PostgreSQL too) takes minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private readonly List<string> _lines = [];
    private TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;
    private Dictionary<string, string?> _variables = [];
    private string _urls = "http://127.0.0.1:0";

    private ReadmeServer(string folder) => Folder = folder;

    /// <summary>The working directory (holds <c>data/solidaritygraph.db</c>).</summary>
    public string Folder { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The built host: <c>artifacts/bin/SolidarityGraph.Api/&lt;configuration&gt;/SolidarityGraph.Api.dll</c>.</summary>
    public static string Dll =>
        Path.Combine(RepositoryPaths.RepositoryRoot, "artifacts", "bin", "SolidarityGraph.Api", new DirectoryInfo(AppContext.BaseDirectory).Name, "SolidarityGraph.Api.dll");

    /// <summary>Every line printed so far (stdout and stderr), in order.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToList();
            }
        }
    }

    /// <summary>
    /// Creates the administrator with the <c>create-admin</c> verb, then starts the server and waits until it prints the
    /// last of its URLs. <paramref name="environment"/> adds variables (e.g. log levels) on top of Production.
    /// </summary>
    /// <paramref name="port"/> fixes the port (e.g. so a configured issuer can name it); by default any free port.
    /// <paramref name="createAdmin"/> false starts the server alone (e.g. a second instance on a shared database).
    public static async Task<ReadmeServer> StartAsync(IReadOnlyDictionary<string, string?>? environment = null, int? port = null, bool createAdmin = true)
    {
        Assert.True(File.Exists(Dll), $"{Dll} is missing; build src/Api/SolidarityGraph.Api (the test project's build does).");
        var folder = Path.Combine(Path.GetTempPath(), "sg-readme-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = new ReadmeServer(folder);
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = null,
            ["ASPNETCORE_URLS"] = null,
            ["ConnectionStrings__SolidarityGraph"] = null,
            ["SG_ADMIN_PASSWORD"] = AdminPassword,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        if (createAdmin)
        {
            var admin = await ProcessRunner.RunAsync("dotnet", [Dll, "create-admin", "--email", AdminEmail], folder, environment: variables);
            Assert.True(admin.Succeeded, admin.FailureMessage);
        }

        server._variables = variables;
        server._urls = $"http://127.0.0.1:{port ?? 0}";
        await server.StartProcessAsync(variables);
        return server;
    }

    /// <summary>Runs a command-line verb of the built host in <see cref="Folder"/> with the server's environment.</summary>
    public async Task<ProcessResult> RunVerbAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(_variables);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return await ProcessRunner.RunAsync("dotnet", [Dll, .. arguments], Folder, environment: variables);
    }

    /// <summary>Stops the process and keeps <see cref="Folder"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Starts the process again over the same folder, environment and URL.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        await StartProcessAsync(_variables);
    }

    /// <summary>A port of 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits until <see cref="Lines"/> stops growing for <paramref name="quiet"/>, then returns them.</summary>
    public async Task<IReadOnlyList<string>> SettledLinesAsync(TimeSpan? quiet = null)
    {
        var count = -1;
        while (Lines.Count != count)
        {
            count = Lines.Count;
            await Task.Delay(quiet ?? TimeSpan.FromSeconds(2));
        }

        return Lines;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A just-killed process may still hold the database for a moment; a leftover temp folder is harmless.
        }
    }

    private async Task StartProcessAsync(Dictionary<string, string?> variables)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Dll, "--urls", _urls })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        var listening = _listening; // a restart's old process must not fail the new start
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            "the server exited before it listened:\n" + string.Join('\n', Lines)));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Uri ide;
        try
        {
            ide = await _listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the server printed no 'GraphQL IDE' URL within {StartTimeout}:\n" + string.Join('\n', Lines));
        }

        BaseAddress = new Uri(ide.GetLeftPart(UriPartial.Authority) + "/");
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        // The last URL the server prints at start-up (StartupLogExtensions.Surfaces).
        if (IdeUrl().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"GraphQL IDE: (http://\S+)")]
    private static partial Regex IdeUrl();
}
