using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>What is known about one operation when its class is written.</summary>
/// <param name="Kind">"Query" or "Mutation": the interface is <c>I{Name}{Kind}</c> as in Strawberry Shake.</param>
internal sealed record OperationModel(
    string Name, string Kind, string Document, string Hash, IReadOnlyList<VariableDefinitionNode> Variables, IReadOnlyList<IType> VariableTypes, Paging? Paging);

/// <summary>A connection the operation can page through: its property path from the root and its node type.</summary>
internal sealed record Paging(IReadOnlyList<string> Path, string NodeType, bool NodesNullable);

/// <summary>Writes <c>I{Name}Query</c> and <c>{Name}Query</c>: <c>ExecuteAsync</c>, <c>WithHeader</c>, and <c>StreamAsync</c> for pageable operations.</summary>
internal sealed class OperationEmitter(TypeMapper types, ValueWriterEmitter values)
{
    private const string Headers = "global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>";
    private const string Ct = "global::System.Threading.CancellationToken";

    public void Operation(CodeWriter writer, OperationModel operation)
    {
        var type = operation.Name + operation.Kind;
        var result = $"global::SolidarityGraph.Client.IOperationResult<I{operation.Name}Result>";
        var parameters = operation.Variables.Select((v, i) => $"{types.Input(operation.VariableTypes[i])} {CSharpNames.Parameter(v.Variable.Name.Value)}").ToList();
        var signature = string.Join(", ", parameters.Concat(new[] { $"{Ct} cancellationToken = default" }));
        var streamSignature = operation.Paging is null ? null
            : string.Join(", ", parameters.Where((_, i) => !IsAfter(operation.Variables[i])).Concat(new[] { $"[global::System.Runtime.CompilerServices.EnumeratorCancellation] {Ct} cancellationToken = default" }));

        writer.Summary($"Sends the {operation.Kind.ToLowerInvariant()} <c>{operation.Name}</c> of the project's .graphql documents.");
        using (writer.Block($"public partial interface I{type}"))
        {
            writer.Summary("Sends the operation; failures come back as errors of the result, never as exceptions (cancellation aside).");
            writer.Line($"global::System.Threading.Tasks.Task<{result}> ExecuteAsync({signature});").Line();
            writer.Summary("The same operation with an extra HTTP header on every request it sends.");
            writer.Line($"I{type} WithHeader(string name, string value);");
            if (operation.Paging is { } paging)
            {
                writer.Line().Summary("Every node of the connection, page after page, following <c>pageInfo.endCursor</c>; throws on errors.");
                writer.Line($"global::System.Collections.Generic.IAsyncEnumerable<{paging.NodeType}> StreamAsync({streamSignature!.Replace("[global::System.Runtime.CompilerServices.EnumeratorCancellation] ", string.Empty)});");
            }
        }

        writer.Line();
        writer.Summary($"Sends {operation.Name} through an <see cref=\"global::SolidarityGraph.Client.IOperationExecutor\"/>.");
        using (writer.Block($"public sealed partial class {type} : I{type}"))
        {
            writer.Summary("The operation's name, sent as <c>operationName</c>.");
            writer.Line($"public const string OperationName = {CSharpNames.Literal(operation.Name)};");
            writer.Summary("The document sent: the operation and the fragments it spreads, printed the same way on every build.");
            writer.Line($"public const string Document = {CSharpNames.Literal(operation.Document)};");
            writer.Summary("SHA-256 of <see cref=\"Document\"/> in lower-case hex: the operation's key in the trusted-documents manifest.");
            writer.Line($"public const string DocumentHash = {CSharpNames.Literal(operation.Hash)};");
            writer.Line("private readonly global::SolidarityGraph.Client.IOperationExecutor _executor;");
            writer.Line($"private readonly {Headers} _headers;").Line();
            writer.Summary("Sends the operation through <paramref name=\"executor\"/>, with no extra headers.");
            writer.Line($"public {type}(global::SolidarityGraph.Client.IOperationExecutor executor) : this(executor, global::SolidarityGraph.Client.RequestHeaders.None) {{ }}").Line();
            using (writer.Block($"private {type}(global::SolidarityGraph.Client.IOperationExecutor executor, {Headers} headers)"))
            {
                writer.Line("_executor = executor;").Line("_headers = headers;");
            }

            writer.Line().InheritDoc().Line($"public I{type} WithHeader(string name, string value) => new {type}(_executor, global::SolidarityGraph.Client.RequestHeaders.Append(_headers, name, value));").Line();
            Execute(writer, operation, result, signature);
            if (operation.Paging is { } paging)
            {
                Stream(writer, operation, paging, streamSignature!);
            }
        }

        writer.Line();
    }

    private void Execute(CodeWriter writer, OperationModel operation, string result, string signature)
    {
        writer.InheritDoc();
        using (writer.Block($"public global::System.Threading.Tasks.Task<{result}> ExecuteAsync({signature})"))
        {
            if (operation.Variables.Count == 0)
            {
                writer.Line("global::SolidarityGraph.Client.VariablesWriter? variables = null;");
            }
            else
            {
                using (writer.Block("global::SolidarityGraph.Client.VariablesWriter variables = writer =>", "};"))
                {
                    for (var i = 0; i < operation.Variables.Count; i++)
                    {
                        var name = operation.Variables[i].Variable.Name.Value;
                        values.Member(writer, name, operation.VariableTypes[i], CSharpNames.Parameter(name));
                    }
                }
            }

            writer.Line("var request = new global::SolidarityGraph.Client.OperationRequest(OperationName, Document, DocumentHash, variables, _headers);");
            writer.Line($"return _executor.ExecuteAsync<I{operation.Name}Result>(request, static (ref global::System.Text.Json.Utf8JsonReader reader) => {operation.Name}Parser.Parse_{operation.Name}Result(ref reader), cancellationToken);");
        }
    }

    private static void Stream(CodeWriter writer, OperationModel operation, Paging paging, string signature)
    {
        writer.Line().InheritDoc();
        using (writer.Block($"public async global::System.Collections.Generic.IAsyncEnumerable<{paging.NodeType}> StreamAsync({signature})"))
        {
            writer.Line("string? after = null;");
            using (writer.Block("while (true)"))
            {
                var arguments = operation.Variables.Select(v => IsAfter(v) ? "after" : CSharpNames.Parameter(v.Variable.Name.Value)).Concat(new[] { "cancellationToken" });
                writer.Line($"var result = await ExecuteAsync({string.Join(", ", arguments)}).ConfigureAwait(false);");
                writer.Line("global::SolidarityGraph.Client.OperationResultExtensions.EnsureNoErrors(result);");
                writer.Line($"var connection = result.Data?.{string.Join("?.", paging.Path)};");
                writer.Line("if (connection is null) yield break;");
                using (writer.Block($"foreach (var node in connection.Nodes ?? global::System.Array.Empty<{paging.NodeType}{(paging.NodesNullable ? "?" : string.Empty)}>())"))
                {
                    writer.Line("cancellationToken.ThrowIfCancellationRequested();");
                    writer.Line("if (node is not null) yield return node;");
                }

                writer.Line("if (connection.PageInfo?.HasNextPage != true || connection.PageInfo?.EndCursor is null) yield break;");
                writer.Line("after = connection.PageInfo.EndCursor;");
            }
        }
    }

    public static bool IsAfter(VariableDefinitionNode variable) => variable.Variable.Name.Value == "after";
}
