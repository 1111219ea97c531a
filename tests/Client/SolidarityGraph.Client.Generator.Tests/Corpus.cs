namespace SolidarityGraph.Client.Generator.Tests;

/// <summary>The corpus under <c>Corpus/</c>: a small schema with every construct and one document per construct.</summary>
internal static class Corpus
{
    public const string Config = """
        { "schema": "schema.graphql", "documents": "**/*.graphql",
          "extensions": { "strawberryShake": { "name": "CorpusClient", "namespace": "Corpus.GraphQL", "scalars": { "Percent": "decimal" } } } }
        """;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string Schema => File.ReadAllText(Path.Combine(Folder, "schema.graphql"));

    public static IEnumerable<string> DocumentNames =>
        Directory.GetFiles(Folder, "*.graphql").Select(Path.GetFileNameWithoutExtension).Where(n => n != "schema").Order(StringComparer.Ordinal)!;

    public static (string Name, string Text) Document(string name) => (name + ".graphql", File.ReadAllText(Path.Combine(Folder, name + ".graphql")));

    public static TheoryData<string> Cases() => new(DocumentNames);
}
