using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.Client.Generator.Configuration;
using SolidarityGraph.Client.Generator.Documents;
using SolidarityGraph.Client.Generator.Inputs;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.Client.Tasks;

/// <summary>A client's name and its trusted-documents manifest.</summary>
internal sealed record ClientManifest(string ClientName, string Json);

/// <summary>
/// The generator's pipeline run once, without Roslyn: the same configuration file, schema and documents are chosen
/// (see <c>ClientGenerator</c>), every valid document is analysed and printed as the generated client sends it. Invalid
/// documents are left out; the compiler reports them.
/// </summary>
internal static class ClientDocuments
{
    public static ClientManifest? Manifest(IReadOnlyList<GraphQLFile> files, string? rootNamespace)
    {
        var configFile = files.Where(f => f.FileName == ClientConfig.FileName).OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();
        if (configFile is null || ConfigReader.Read(configFile, rootNamespace).Config is not { } config)
        {
            return null;
        }

        var graphQLFiles = files.Where(f => f.FileName != ClientConfig.FileName).ToList();
        var schemaFile = graphQLFiles.FirstOrDefault(f => config.IsSchema(f.Path));
        if (schemaFile is null || SchemaCache.Get(schemaFile.Text).Schema is not { } schema)
        {
            return null;
        }

        var documents = graphQLFiles.Where(f => config.IsDocument(f.Path)).ToList();
        var fragments = documents.SelectMany(f => DocumentAnalyzer.Fragments(f)).OrderBy(f => f.Name, StringComparer.Ordinal).ToEquatableArray();
        var operations = new List<(string Hash, string Document)>();
        foreach (var file in documents)
        {
            if (DocumentAnalyzer.Analyze(file, schema, fragments).Document is not { } document)
            {
                continue;
            }

            var (definitions, fragmentNodes) = OperationDocuments.Prepare(document, schema);
            foreach (var operation in definitions.OfType<OperationDefinitionNode>().Where(o => OperationDocuments.Unsupported(o) is null))
            {
                var text = OperationDocuments.Print(operation, fragmentNodes);
                operations.Add((OperationDocuments.Sha256(text), text));
            }
        }

        return new ClientManifest(config.Name, TrustedDocumentManifest.Write(operations));
    }
}
