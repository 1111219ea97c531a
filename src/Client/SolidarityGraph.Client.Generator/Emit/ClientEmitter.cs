using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.Client.Generator.Configuration;
using SolidarityGraph.Client.Generator.Documents;
using SolidarityGraph.Client.Generator.Inputs;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>
/// Writes <c>I{Name}</c> with one property per operation, the <c>{Name}</c> class, <c>Add{Name}()</c> for dependency
/// injection, and <c>{Name}TrustedDocuments</c>: the manifest <c>{"&lt;sha256 hex&gt;": "&lt;document&gt;"}</c>.
/// </summary>
internal static class ClientEmitter
{
    public static void Client(CodeWriter writer, ClientConfig config, IReadOnlyList<OperationInfo> operations)
    {
        var name = config.Name;
        writer.Summary($"The {name} client: one property per operation.");
        using (writer.Block($"public partial interface I{name}"))
        {
            foreach (var operation in operations)
            {
                writer.Summary($"Sends the {operation.Kind.ToLowerInvariant()} <c>{operation.Name}</c> of the project's .graphql documents.").Line($"I{operation.Name}{operation.Kind} {operation.Name} {{ get; }}").Line();
            }
        }

        writer.Line();
        writer.Summary($"The {name} client over an <see cref=\"global::SolidarityGraph.Client.IOperationExecutor\"/>.");
        using (writer.Block($"public sealed partial class {name} : I{name}"))
        {
            writer.Summary("The name of the client's <see cref=\"global::System.Net.Http.HttpClient\"/>.");
            writer.Line($"public const string ClientName = {CSharpNames.Literal(name)};").Line();
            writer.Summary("Sends every operation of the client through <paramref name=\"executor\"/>.");
            using (writer.Block($"public {name}(global::SolidarityGraph.Client.IOperationExecutor executor)"))
            {
                foreach (var operation in operations)
                {
                    writer.Line($"{operation.Name} = new {operation.Name}{operation.Kind}(executor);");
                }
            }

            foreach (var operation in operations)
            {
                writer.Line().InheritDoc().Line($"public I{operation.Name}{operation.Kind} {operation.Name} {{ get; }}");
            }
        }

        writer.Line();
        writer.Summary($"Registers <see cref=\"I{name}\"/>.");
        using (writer.Block($"public static partial class {name}ServiceCollectionExtensions"))
        {
            writer.Summary($"Registers <see cref=\"I{name}\"/>; configure its endpoint with <c>ConfigureHttpClient</c>.");
            writer.Line($"public static global::SolidarityGraph.Client.GraphQLClientBuilder Add{name}(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>");
            writer.Line($"    global::SolidarityGraph.Client.GraphQLClientServiceCollectionExtensions.AddGraphQLClient<I{name}, {name}>(services, {name}.ClientName, executor => new {name}(executor));");
        }

        writer.Line();
        TrustedDocuments(writer, name, operations);
    }

    private static void TrustedDocuments(CodeWriter writer, string name, IReadOnlyList<OperationInfo> operations)
    {
        writer.Summary("The trusted documents of this client (the persisted-documents manifest used by Apollo and Relay).");
        using (writer.Block($"public static partial class {name}TrustedDocuments"))
        {
            var manifest = TrustedDocumentManifest.Write(operations.Select(o => (o.Hash, o.Document)));
            writer.Summary($"<c>{{\"&lt;sha256 hex&gt;\": \"&lt;document&gt;\"}}</c>, one entry per operation, sorted by hash; the build also writes it to <c>{name}{TrustedDocumentManifest.FileSuffix}</c> in the output folder.");
            writer.Line($"public const string Manifest = {CSharpNames.Literal(manifest)};");
        }
    }
}
