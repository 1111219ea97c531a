using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SolidarityGraph.Testing.Tests.Layout;

/// <summary>
/// Folder = namespace: every <c>namespace</c> declared in a C# file under <c>src/</c> and <c>tests/</c> is the root
/// namespace of the project that holds the file followed by the file's folders below the project, so a type is found
/// where its namespace says and a feature has one name in every layer. EF Core migrations need no exception: the
/// tooling writes them in the root namespace plus their output folder, which is exactly this rule.
/// </summary>
public sealed partial class NamespaceLayoutTests
{
    /// <summary>
    /// Folders (relative to the repository, with forward slashes) whose files knowingly declare another namespace, and
    /// that namespace. Each entry says why; an entry that no longer matches a file fails <see cref="EveryExceptionIsStillNeeded"/>.
    /// </summary>
    private static readonly Dictionary<string, (string Namespace, string Why)> Exceptions = new()
    {
        // The client package is one namespace for its consumers: a single `using SolidarityGraph.Client;` reaches the
        // whole public API, the way the generated code and the README use it. The folders only sort the sources.
        ["src/Client/SolidarityGraph.Client/Authentication"] = ("SolidarityGraph.Client", "public API in one namespace"),
        ["src/Client/SolidarityGraph.Client/DependencyInjection"] = ("SolidarityGraph.Client", "public API in one namespace"),
        ["src/Client/SolidarityGraph.Client/Errors"] = ("SolidarityGraph.Client", "public API in one namespace"),
        ["src/Client/SolidarityGraph.Client/Results"] = ("SolidarityGraph.Client", "public API in one namespace"),
        ["src/Client/SolidarityGraph.Client/Serialization"] = ("SolidarityGraph.Client", "public API in one namespace"),
        ["src/Client/SolidarityGraph.Client/Transport"] = ("SolidarityGraph.Client", "public API in one namespace"),

        // The compiler looks up IsExternalInit (init accessors on netstandard2.0) by this exact name.
        ["src/Client/SolidarityGraph.Client.Generator"] = ("System.Runtime.CompilerServices", "compiler-required polyfill"),

        // The shared test helpers are one namespace so every test project reaches them with one using.
        ["tests/SolidarityGraph.Testing/Fixtures"] = ("SolidarityGraph.Testing", "test helpers in one namespace"),
        ["tests/SolidarityGraph.Testing/Sql"] = ("SolidarityGraph.Testing", "test helpers in one namespace"),
    };

    [Fact]
    public void EveryNamespaceMatchesItsFolder()
    {
        var wrong = Declarations()
            .Where(d => d.Declared != d.Expected && !IsException(d))
            .Select(d => $"{d.File}: namespace {d.Declared}, expected {d.Expected}")
            .ToList();

        Assert.True(wrong.Count == 0, "Namespaces that do not match their folder:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void EveryExceptionIsStillNeeded()
    {
        var used = Declarations().Where(d => d.Declared != d.Expected && IsException(d)).Select(d => d.Folder).ToHashSet();

        var stale = Exceptions.Keys.Where(folder => !used.Contains(folder)).ToList();

        Assert.True(stale.Count == 0, "Exceptions that no longer match a file; delete them:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void TheScanSeesTheProjects()
    {
        // Guards the two tests above against passing on an empty scan (a moved root, a changed file pattern).
        var declarations = Declarations();

        Assert.Contains(declarations, d => d.File == "src/Domain/SolidarityGraph.Domain/Fundings/Funding.cs" && d.Declared == "SolidarityGraph.Domain.Fundings");
        Assert.Contains(declarations, d => d.File.StartsWith("tests/Api/SolidarityGraph.Api.Tests/", StringComparison.Ordinal));
        Assert.Contains(declarations, d => d.File.StartsWith("src/GraphQL/SolidarityGraph.GraphQL/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("src/Demo/Demo.Core/Demo.Core.csproj", "<Project><PropertyGroup><RootNamespace>Demo</RootNamespace></PropertyGroup></Project>", "src/Demo/Demo.Core/A/B/X.cs", "Demo.A.B")]
    [InlineData("src/Demo/Demo.Core/Demo.Core.csproj", "<Project><PropertyGroup /></Project>", "src/Demo/Demo.Core/X.cs", "Demo.Core")]
    public void TheExpectedNamespaceIsTheRootNamespaceThenTheFolders(string project, string projectXml, string file, string expected)
    {
        var root = RootNamespace(project, XDocument.Parse(projectXml));

        Assert.Equal(expected, ExpectedNamespace(root, Path.GetDirectoryName(project)!.Replace('\\', '/'), file));
    }

    [Theory]
    [InlineData("namespace A.B;\n\npublic sealed class C;", "A.B")]
    [InlineData("// namespace Not.This;\nnamespace A.B\n{\n}", "A.B")]
    [InlineData("/// <c>namespace Not.This;</c>\nnamespace A;", "A")]
    public void DeclarationsAreReadFromCodeNotComments(string source, string expected)
    {
        Assert.Equal(new[] { expected }, NamespacesIn(source).ToArray());
    }

    private static bool IsException(Declaration d) =>
        Exceptions.TryGetValue(d.Folder, out var exception) && exception.Namespace == d.Declared;

    private sealed record Declaration(string File, string Folder, string Declared, string Expected);

    private static List<Declaration> Declarations()
    {
        var root = RepositoryPaths.RepositoryRoot;
        var projects = new[] { "src", "tests" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(root, top), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(Relative(root, path)))
            .Select(path => (Folder: Path.GetDirectoryName(Relative(root, path))!, Root: RootNamespace(path, XDocument.Load(path))))
            .OrderByDescending(p => p.Folder.Length)
            .ToList();

        var declarations = new List<Declaration>();
        foreach (var file in new[] { "src", "tests" }.SelectMany(top => Directory.EnumerateFiles(Path.Combine(root, top), "*.cs", SearchOption.AllDirectories)))
        {
            var relative = Relative(root, file);
            if (IsBuildOutput(relative)
                || projects.FirstOrDefault(p => relative.StartsWith(p.Folder + "/", StringComparison.Ordinal)) is not { Folder: not null } project)
            {
                continue;
            }

            var expected = ExpectedNamespace(project.Root, project.Folder, relative);
            foreach (var declared in NamespacesIn(File.ReadAllText(file)))
            {
                declarations.Add(new Declaration(relative, Path.GetDirectoryName(relative)!.Replace('\\', '/'), declared, expected));
            }
        }

        return declarations;
    }

    private static string RootNamespace(string projectPath, XDocument project) =>
        project.Descendants("RootNamespace").Select(e => e.Value.Trim()).LastOrDefault(v => v.Length > 0)
        ?? Path.GetFileNameWithoutExtension(projectPath);

    private static string ExpectedNamespace(string rootNamespace, string projectFolder, string file)
    {
        var folders = Path.GetDirectoryName(file)!.Replace('\\', '/')[projectFolder.Length..].Trim('/');
        return folders.Length == 0 ? rootNamespace : rootNamespace + "." + folders.Replace('/', '.');
    }

    private static IEnumerable<string> NamespacesIn(string source) =>
        NamespaceDeclaration().Matches(source).Select(m => m.Groups["name"].Value);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string relative) =>
        relative.Split('/').Any(segment => segment is "bin" or "obj" or "node_modules" or "artifacts" or "__snapshots__");

    // A declaration starts a line (comments and XML docs start with "//"); file-scoped or block-scoped.
    [GeneratedRegex(@"^[ \t]*namespace[ \t]+(?<name>[\w.]+)[ \t]*(;|\r?\n|\{)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
