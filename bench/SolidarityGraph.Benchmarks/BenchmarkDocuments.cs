using System.Text;

namespace SolidarityGraph.Benchmarks;

/// <summary>
/// The documents every language benchmark runs on: the kitchen sinks (embedded from the test fixtures) and the
/// introspection query graphql-js 17 sends with all options, read from <c>../shared/conformance/</c> beside the
/// repository. The Node peer (<c>bench/node/parse-bench.mjs</c>) reads the same files.
/// </summary>
public static class BenchmarkDocuments
{
    public const string KitchenSinkQuery = "kitchen-sink-query";
    public const string KitchenSinkSchema = "kitchen-sink-schema";
    public const string Introspection = "introspection";

    private const string IntrospectionFile = "graphql-js17-all-options.graphql";

    public static IEnumerable<string> Names => new[] { KitchenSinkQuery, KitchenSinkSchema, Introspection };

    public static string Get(string name) => name switch
    {
        KitchenSinkQuery => ReadEmbedded("KitchenSinkQuery.graphql"),
        KitchenSinkSchema => ReadEmbedded("KitchenSinkSchema.graphql"),
        Introspection => File.ReadAllText(IntrospectionPath()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown benchmark document."),
    };

    public static byte[] GetUtf8(string name) => Encoding.UTF8.GetBytes(Get(name));

    public static void EnsureAvailable()
    {
        foreach (var name in Names)
        {
            Get(name);
        }
    }

    internal static string ReadEmbedded(string fileName)
    {
        using var stream = typeof(BenchmarkDocuments).Assembly.GetManifestResourceStream("SolidarityGraph.Benchmarks." + fileName)
            ?? throw new InvalidOperationException($"Embedded benchmark document '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string IntrospectionPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SolidarityGraph.sln")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", "conformance", "introspection-queries", IntrospectionFile);
                return File.Exists(path)
                    ? path
                    : throw new FileNotFoundException(
                        $"The introspection query is missing: expected '{Path.GetFullPath(path)}' (the shared folder beside the repository).", path);
            }
        }

        throw new InvalidOperationException($"SolidarityGraph.sln was not found above '{AppContext.BaseDirectory}'.");
    }
}
