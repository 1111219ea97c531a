using SolidarityGraph.Client.Generator.Inputs;

namespace SolidarityGraph.Client.Generator.Configuration;

/// <summary>
/// What <c>.graphqlrc.json</c> says, in Strawberry Shake's format: <c>schema</c>, <c>documents</c> and
/// <c>extensions.strawberryShake</c> (<c>name</c>, <c>namespace</c>, and our <c>scalars</c> map from a custom scalar to
/// a built-in runtime type such as <c>"decimal"</c>).
/// </summary>
internal sealed record ClientConfig(
    string ConfigPath,
    string Name,
    string Namespace,
    string SchemaPath,
    string DocumentsPattern,
    EquatableArray<ScalarMapping> Scalars)
{
    /// <summary>The file name Strawberry Shake's tooling writes.</summary>
    public const string FileName = ".graphqlrc.json";

    public string Directory => ConfigPath.LastIndexOf('/') is var i and > 0 ? ConfigPath.Substring(0, i) : string.Empty;

    /// <summary>True for the schema file named by <c>schema</c>.</summary>
    public bool IsSchema(string path) => string.Equals(path, SchemaPath, StringComparison.Ordinal);

    /// <summary>True for an operation document: a <c>.graphql</c> file matched by <c>documents</c>, other than the schema.</summary>
    public bool IsDocument(string path) =>
        !IsSchema(path)
        && path.StartsWith(Directory + "/", StringComparison.Ordinal)
        && Glob.IsMatch(DocumentsPattern, path.Substring(Directory.Length + 1));
}

/// <summary>A custom scalar mapped to a runtime type (<c>string</c>, <c>int</c>, <c>long</c>, <c>decimal</c> …).</summary>
internal sealed record ScalarMapping(string Scalar, string RuntimeType);
