using System.Net;
using SolidarityGraph.Api.Tests.Hosting;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// Keys and tokens outlive the process: a token issued before a restart still works after it, the generated keys are
/// owner-only, and a rotated secret stops the old one. One server of its own, restarted once.
/// </summary>
public sealed class PartnerRestartTests
{
    private const string Query = "{ projects(first: 1) { totalCount } }";

    [Fact]
    public async Task TokensSurviveARestartAndARotatedSecretInvalidatesTheOldOne()
    {
        var fixture = new PartnerServerFixture();
        await fixture.InitializeAsync();
        try
        {
            var token = await fixture.TokenAsync("reader");
            var keyFile = Path.Combine(fixture.Server.Folder, "data", "keys", "signing-key.pem");
            var keyBefore = await File.ReadAllTextAsync(keyFile);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(keyFile)!));
            }

            await fixture.Server.StopAsync();
            var rotated = await fixture.Server.RunVerbAsync(["rotate-client-secret", "--client-id", "reader"],
                new Dictionary<string, string?> { ["SG_CLIENT_SECRET"] = null });
            Assert.True(rotated.Succeeded, rotated.FailureMessage);
            var newSecret = rotated.Output.Split('\n').Single(l => l.StartsWith("Client secret", StringComparison.Ordinal)).Split(": ")[1].Trim();
            await fixture.Server.RestartAsync();

            Assert.Equal(keyBefore, await File.ReadAllTextAsync(keyFile));
            var (response, json) = await fixture.GraphQLAsync(token, Query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(json!["errors"]);

            using var old = await fixture.RequestTokenAsync("reader", "graph.read");
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
            Assert.Contains("\"invalid_client\"", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotEmpty(await fixture.TokenAsync("reader", "graph.read", newSecret));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }
}
