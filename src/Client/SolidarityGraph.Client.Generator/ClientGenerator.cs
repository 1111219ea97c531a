using Microsoft.CodeAnalysis;
using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.Client.Generator.Configuration;
using SolidarityGraph.Client.Generator.Diagnostics;
using SolidarityGraph.Client.Generator.Emit;
using SolidarityGraph.Client.Generator.Inputs;

namespace SolidarityGraph.Client.Generator;

/// <summary>
/// Generates a typed GraphQL client from <c>.graphqlrc.json</c>, the schema and the <c>.graphql</c> documents it
/// names (all <c>AdditionalFiles</c>). Each document is its own pipeline step, so editing one regenerates only it
/// and the small client file.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the per-document step (incremental tests observe it).</summary>
    public const string DocumentStep = "GraphQLDocument";

    /// <summary>Tracking name of the client step.</summary>
    public const string ClientStep = "GraphQLClient";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(t => t.Path.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase) || t.Path.EndsWith(ClientConfig.FileName, StringComparison.OrdinalIgnoreCase))
            .Select((t, ct) => new GraphQLFile(GraphQLFile.Normalize(t.Path), t.GetText(ct)?.ToString() ?? string.Empty));

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select((o, _) => o.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && ns.Length > 0 ? ns : null);

        var config = files.Where(f => f.FileName == ClientConfig.FileName).Collect().Combine(rootNamespace)
            .Select((input, _) => ReadConfig(input.Left.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(), input.Right));

        var graphQLFiles = files.Where(f => f.FileName != ClientConfig.FileName);
        var schema = graphQLFiles.Collect().Combine(config)
            .Select((input, _) => input.Right.Config is { } c ? new SchemaInput(c, input.Left.FirstOrDefault(f => c.IsSchema(f.Path))) : null);

        var documents = graphQLFiles.Combine(config)
            .Where(input => input.Right.Config?.IsDocument(input.Left.Path) == true)
            .Select((input, _) => input.Left);

        var fragments = documents.Select((file, _) => DocumentAnalyzer.Fragments(file)).Collect()
            .Select((all, _) => all.SelectMany(f => f).OrderBy(f => f.Name, StringComparer.Ordinal).ToEquatableArray());

        var outputs = documents.Combine(schema.Combine(fragments))
            .Select((input, _) => input.Right.Left is { } s ? DocumentGenerator.Generate(input.Left, s, input.Right.Right) : null)
            .WithTrackingName(DocumentStep);

        context.RegisterSourceOutput(outputs, static (spc, output) =>
        {
            if (output is null)
            {
                return;
            }

            foreach (var diagnostic in output.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var source in output.Sources)
            {
                spc.AddSource(source.HintName, source.Text);
            }
        });

        var client = outputs.Collect().Combine(schema).Combine(config)
            .Select((input, _) => SharedGenerator.Generate(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(ClientStep);

        context.RegisterSourceOutput(client, static (spc, output) =>
        {
            foreach (var diagnostic in output.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var source in output.Sources)
            {
                spc.AddSource(source.HintName, source.Text);
            }
        });
    }

    private static ConfigResult ReadConfig(GraphQLFile? file, string? rootNamespace)
    {
        if (file is null)
        {
            return new ConfigResult(null, null);
        }

        var (config, error) = ConfigReader.Read(file, rootNamespace);
        return new ConfigResult(config, error is null ? null : DiagnosticInfo.At(DiagnosticIds.ConfigurationError, file.Path, file.Text, 1, 1, error));
    }
}

/// <summary>The configuration, or the diagnostic explaining why it could not be read.</summary>
internal sealed record ConfigResult(ClientConfig? Config, DiagnosticInfo? Error);
