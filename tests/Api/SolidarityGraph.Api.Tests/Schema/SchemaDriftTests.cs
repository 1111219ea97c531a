using SolidarityGraph.Api.Cli;
using SolidarityGraph.Testing;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary><c>schema.graphql</c> at the repository root is the printed live schema (PARITY.md §11).</summary>
public sealed class SchemaDriftTests
{
    [Fact]
    public void TheCommittedSchemaMatchesTheLiveSchema()
    {
        var path = Path.Combine(RepositoryPaths.RepositoryRoot, ExportSchemaCommand.FileName);
        Assert.True(File.Exists(path), $"{path} is missing. Run: dotnet run --project src/Api/SolidarityGraph.Api -- export-schema");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        var live = ExportSchemaCommand.Print();
        Assert.True(
            committed == live,
            "schema.graphql differs from the running schema. Run: dotnet run --project src/Api/SolidarityGraph.Api -- export-schema\n"
            + FirstDifference(committed, live));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return $"first difference at line {i + 1}:\n- {left}\n+ {right}";
            }
        }

        return string.Empty;
    }

    [Fact]
    public void ExportSchemaFindsTheRepositoryRoot()
    {
        var start = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Api");
        Assert.Equal(Path.Combine(RepositoryPaths.RepositoryRoot, "schema.graphql"), ExportSchemaCommand.DefaultPath(start));
    }
}
