using System.Text;

namespace SolidarityGraph.Client.Generator.Documents;

/// <summary>
/// The trusted-documents (persisted-documents) manifest used by Apollo and Relay: <c>{"&lt;sha256 hex&gt;": "&lt;document&gt;"}</c>,
/// one entry per operation, sorted by hash. Written by the generator as <c>{Name}TrustedDocuments.Manifest</c> and by the
/// build task as <c>{Name}.trusted-documents.json</c>, from this one method.
/// </summary>
internal static class TrustedDocumentManifest
{
    /// <summary>The suffix of the manifest file in the build output: <c>{Name}.trusted-documents.json</c>.</summary>
    public const string FileSuffix = ".trusted-documents.json";

    public static string Write(IEnumerable<(string Hash, string Document)> operations)
    {
        var entries = operations.OrderBy(o => o.Hash, StringComparer.Ordinal).Select(o => $"  {Json(o.Hash)}: {Json(o.Document)}");
        return "{\n" + string.Join(",\n", entries) + "\n}\n";
    }

    private static string Json(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' => "\\u" + ((int)c).ToString("x4"),
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }
}
