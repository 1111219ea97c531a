namespace SolidarityGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>One server with default options (IDE on) shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public GraphQLTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GraphQLTestServer.StartAsync(options => options.Ide.Enable = true);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
