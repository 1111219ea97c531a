namespace SolidarityGraph.Api.Tests.Hosting;

/// <summary>One <see cref="ReadmeServer"/> with default configuration, shared by the tests of a class.</summary>
public sealed class ReadmeServerFixture : IAsyncLifetime
{
    public ReadmeServer Server { get; private set; } = null!;

    /// <summary>What the server printed up to and including its URLs, before any test sent a request.</summary>
    public IReadOnlyList<string> StartupLines { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await ReadmeServer.StartAsync();
        StartupLines = await Server.SettledLinesAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
