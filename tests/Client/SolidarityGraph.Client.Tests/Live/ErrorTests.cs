namespace SolidarityGraph.Client.Tests.Live;

/// <summary>Server errors and the HTTP response as the typed result exposes them.</summary>
[Collection(LiveCollection.Name)]
public sealed class ErrorTests(LiveServer server)
{
    [Fact]
    public async Task AMalformedIdIsAGraphQLErrorWithCodePathAndLocations()
    {
        var result = await server.CreateClient().GetNode.ExecuteAsync("not-an-id");

        var error = Assert.Single(result.Errors);
        Assert.Equal("INVALID_ID", error.Code);
        Assert.Equal(["node"], error.Path);
        Assert.NotEmpty(error.Locations);
        Assert.True(error.Extensions.ContainsKey("reason"));
        Assert.False(result.IsSuccessResult());
    }

    [Fact]
    public async Task TheResultCarriesTheHttpStatusAndResponseHeaders()
    {
        var result = await server.CreateClient().GetFundingFlows.ExecuteAsync(null, "EUR");

        Assert.Equal(200, result.StatusCode);
        Assert.StartsWith("application/graphql-response+json", Assert.Single(result.Headers["content-type"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoppedServerIsATransportErrorNotAnException()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSolidarityGraphClient().ConfigureHttpClient(c => c.BaseAddress = new Uri("http://127.0.0.1:9/graphql"));
        var client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ISolidarityGraphClient>(
            Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services));

        var result = await client.GetFundingFlows.ExecuteAsync(null, null);

        Assert.Equal(ClientErrorCodes.TransportError, Assert.Single(result.Errors).Code);
        Assert.Null(result.Data);
        Assert.Null(result.StatusCode);
    }
}
