using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SolidarityGraph.Client.Benchmarks;

/// <summary>
/// The Api as its own process (Release build, Production, a fresh seeded SQLite file) on a free loopback port, so the
/// benchmark process measures only the client's time and allocations.
/// </summary>
internal sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sg-client-bench-" + Guid.NewGuid().ToString("N"));

    private ApiProcess(string apiDll, int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        var start = new ProcessStartInfo("dotnet", [apiDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
        };
        start.Environment["ConnectionStrings__SolidarityGraph"] = $"Data Source={Path.Combine(_folder, "solidaritygraph.db")}";
        start.Environment["Seed__SeedWhenEmpty"] = "true";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Endpoint { get; }

    /// <summary>Starts the Api built at <c>artifacts/bin/SolidarityGraph.Api/release</c> and waits for <c>/health</c>.</summary>
    public static ApiProcess Start()
    {
        var api = Path.Combine(RepositoryRoot(), "artifacts", "bin", "SolidarityGraph.Api", "release", "SolidarityGraph.Api.dll");
        if (!File.Exists(api))
        {
            throw new FileNotFoundException("Build the Api first: dotnet build src/Api/SolidarityGraph.Api -c Release", api);
        }

        var process = new ApiProcess(api, FreePort());
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 1800; attempt++)
        {
            try
            {
                if (http.GetAsync(new Uri(process.Endpoint, "/health")).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            Thread.Sleep(100);
        }

        process.Dispose();
        throw new TimeoutException("The Api did not answer /health within three minutes.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SolidarityGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmark from a clone of the repository.");
    }
}
