using System.IO.Compression;
using SolidarityGraph.Client.Tests.Live;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Client.Tests.Packaging;

/// <summary>
/// <c>dotnet pack</c> gives the package; the sample consumer restores it from a local folder feed (not a project
/// reference), builds with warnings as errors, the trim analyzer and a documentation file (so a public generated
/// member without an XML comment fails the build), and runs against the live server.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class SamplePackageTests(LiveServer server) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sg-client-sample-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TheSampleRestoresThePackageFromAFolderFeedBuildsAndRunsAgainstTheServer()
    {
        // A version of its own and a private packages folder: no earlier restore of the package can be picked up.
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(_work, "feed");
        var root = RepositoryPaths.RepositoryRoot;

        Dotnet("pack", Path.Combine(root, "src", "Client", "SolidarityGraph.Client", "SolidarityGraph.Client.csproj"), "-o", feed, $"-p:Version={version}");

        var package = Path.Combine(feed, $"SolidarityGraph.Client.{version}.nupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("analyzers/dotnet/cs/SolidarityGraph.Client.Generator.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/SolidarityGraph.GraphQL.dll", entries);
            Assert.Contains("build/SolidarityGraph.Client.targets", entries);
            Assert.Contains("lib/net10.0/SolidarityGraph.Client.dll", entries);
            Assert.Contains("tasks/netstandard2.0/SolidarityGraph.Client.Tasks.dll", entries);
            Assert.Contains("tasks/netstandard2.0/SolidarityGraph.GraphQL.dll", entries);
            Assert.Contains("build/SolidarityGraphClient.trusted-documents.json", entries);
        }

        var sample = CopySample(root);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        Dotnet("build", sample, $"-p:SolidarityGraphClientVersion={version}", $"-p:RestoreAdditionalProjectSources={feed}",
            $"-p:RestorePackagesPath={Path.Combine(_work, "packages")}", $"-p:RestoreFallbackFolders={globalPackages}");

        var output = Path.Combine(sample, "bin", "Debug", "net10.0");
        AssertTrustedDocuments(Path.Combine(output, "PartnerClient.trusted-documents.json"), "query TopFunders(", "query OrganisationsInCountry(");
        AssertTrustedDocuments(Path.Combine(output, "SolidarityGraphClient.trusted-documents.json"), "query GetProjects(", "mutation UpdateProject(");

        var run = await ProcessRunner.RunAsync("dotnet", [Path.Combine(output, "SolidarityGraph.Client.Sample.dll"), server.Endpoint.ToString()], timeout: Limit);

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Contains("Funder: setec Foundation: 16322", run.Output, StringComparison.Ordinal);
        Assert.Contains("Organisation in PE: Mano a Mano Peru", run.Output, StringComparison.Ordinal);
        Assert.Contains("Project: ", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The manifest is in the build output, keyed by SHA-256 of each document, with the operations expected.</summary>
    private static void AssertTrustedDocuments(string path, params string[] operations)
    {
        Assert.True(File.Exists(path), $"{path} is missing from the sample's build output.");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var entries = manifest.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.All(entries, e => Assert.Equal(e.Key, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(e.Value)))));
        Assert.All(operations, o => Assert.Contains(entries.Values, d => d.StartsWith(o, StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    /// <summary>The sample with the schema at the same relative place, so its build leaves the repository untouched.</summary>
    private string CopySample(string root)
    {
        var source = Path.Combine(root, "samples", "SolidarityGraph.Client.Sample");
        var target = Path.Combine(_work, "samples", "SolidarityGraph.Client.Sample");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => !IsBuildOutput(Path.GetRelativePath(source, f))))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        File.Copy(Path.Combine(root, "samples", "Directory.Build.props"), Path.Combine(_work, "samples", "Directory.Build.props"));
        File.Copy(Path.Combine(root, "schema.graphql"), Path.Combine(_work, "schema.graphql"));
        return target;
    }

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Dotnet(params string[] arguments) =>
        ProcessRunner.Run("dotnet", arguments, timeout: Limit).EnsureSuccess();
}
