using System.Security.Cryptography;
using System.Text;
using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Documents;

/// <summary>
/// The exact text the client sends for an operation and its trusted-document id. Shared by the generator (the
/// <c>Document</c> and <c>DocumentHash</c> constants) and the build task that writes the manifest file, so both agree
/// byte for byte.
/// </summary>
internal static class OperationDocuments
{
    /// <summary>
    /// The definitions of a validated document as they are sent (<c>__typename</c> added where the parser needs it,
    /// see <see cref="TypenameRewriter"/>), and its fragments (its own and those it spreads from other documents) by name.
    /// </summary>
    public static (List<ExecutableDefinitionNode> Definitions, Dictionary<string, FragmentDefinitionNode> Fragments) Prepare(DocumentNode document, Schema schema)
    {
        var rewriter = new TypenameRewriter(schema);
        var definitions = document.Definitions.OfType<ExecutableDefinitionNode>().Select(rewriter.Rewrite).ToList();
        return (definitions, definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal));
    }

    /// <summary>Why the typed client cannot generate <paramref name="operation"/>, or null when it can.</summary>
    public static string? Unsupported(OperationDefinitionNode operation) =>
        operation.Name is null ? "The typed client needs a name for every operation (it names the generated types)."
        : operation.Operation == OperationType.Subscription ? $"Subscriptions are not supported by the typed client yet ({operation.Name.Value})."
        : null;

    /// <summary>The text sent to the server: the operation and the fragments it spreads, in order of first use.</summary>
    public static string Print(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var used = new List<FragmentDefinitionNode>();
        var pending = new Queue<string>(DocumentAnalyzer.Spreads(operation));
        while (pending.Count > 0)
        {
            var next = pending.Dequeue();
            if (fragments.TryGetValue(next, out var fragment) && !used.Contains(fragment))
            {
                used.Add(fragment);
                foreach (var spread in DocumentAnalyzer.Spreads(fragment))
                {
                    pending.Enqueue(spread);
                }
            }
        }

        return Printer.Print(new DocumentNode(new DefinitionNode[] { operation }.Concat(used).ToList()));
    }

    /// <summary>The trusted-document id: lowercase hex SHA-256 of the UTF-8 document.</summary>
    public static string Sha256(string document)
    {
        using var sha = SHA256.Create();
        return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(document)).Select(b => b.ToString("x2")));
    }
}
