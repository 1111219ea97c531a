using System.Text;
using System.Text.Json;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the graphql-js 17.1.0 scripts in <c>tests/conformance/</c> (see <see cref="ConformanceNode"/>) and returns
/// their JSON output.
/// </summary>
internal static class NodeOracle
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Why the oracle cannot run (no Node.js, failed install), or <see langword="null"/> when it can.</summary>
    public static string? Unavailable() => ConformanceNode.Unavailable();

    /// <summary>Runs <paramref name="script"/> with the JSON array of <paramref name="sources"/> on stdin; returns its <c>results</c> array.</summary>
    public static JsonElement Run(string script, IReadOnlyList<string> sources, out string graphqlVersion)
    {
        var output = ConformanceNode.Run([script], ToAsciiJson(sources), ScriptTimeout);
        var root = JsonDocument.Parse(output).RootElement;
        graphqlVersion = root.GetProperty("graphqlVersion").GetString() ?? "";
        return root.GetProperty("results").Clone();
    }

    /// <summary>
    /// Writes the sources as a JSON array with every non-ASCII UTF-16 code unit escaped, so unpaired surrogates
    /// reach graphql-js unchanged (a UTF-8 encoder would replace them with U+FFFD).
    /// </summary>
    private static string ToAsciiJson(IReadOnlyList<string> sources)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < sources.Count; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"");
            foreach (var c in sources[i])
            {
                if (c is '"' or '\\')
                {
                    json.Append('\\').Append(c);
                }
                else if (c < ' ' || c > '~')
                {
                    json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    json.Append(c);
                }
            }

            json.Append('"');
        }

        return json.Append(']').ToString();
    }
}
