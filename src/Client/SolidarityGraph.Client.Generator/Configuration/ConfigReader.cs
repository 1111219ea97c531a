using SolidarityGraph.Client.Generator.Inputs;

namespace SolidarityGraph.Client.Generator.Configuration;

/// <summary>Reads <c>.graphqlrc.json</c> into a <see cref="ClientConfig"/>.</summary>
internal static class ConfigReader
{
    /// <summary>The configuration, or an error message for a malformed file.</summary>
    public static (ClientConfig? Config, string? Error) Read(GraphQLFile file, string? rootNamespace)
    {
        Dictionary<string, object?> root;
        try
        {
            root = MiniJson.Parse(file.Text) as Dictionary<string, object?> ?? throw new FormatException("the root is not an object");
        }
        catch (FormatException exception)
        {
            return (null, $"{ClientConfig.FileName} is not valid JSON: {exception.Message}");
        }

        var settings = Object(Object(root, "extensions"), "strawberryShake");
        var name = String(settings, "name") ?? "GraphQLClient";
        var ns = String(settings, "namespace") ?? rootNamespace ?? name;
        var schema = String(root, "schema") ?? "schema.graphql";
        var documents = String(root, "documents") ?? "**/*.graphql";
        var scalars = Object(settings, "scalars") ?? new Dictionary<string, object?>();
        var mappings = scalars.Where(p => p.Value is string).Select(p => new ScalarMapping(p.Key, (string)p.Value!)).OrderBy(m => m.Scalar, StringComparer.Ordinal);
        var config = new ClientConfig(file.Path, name, ns, GraphQLFile.Resolve(file.Directory, schema), documents.TrimStart('.', '/'), mappings.ToEquatableArray());
        return (config, null);
    }

    private static Dictionary<string, object?>? Object(Dictionary<string, object?>? parent, string key) =>
        parent is not null && parent.TryGetValue(key, out var value) ? value as Dictionary<string, object?> : null;

    private static string? String(Dictionary<string, object?>? parent, string key) =>
        parent is not null && parent.TryGetValue(key, out var value) ? value as string : null;
}
