using System.Collections.Immutable;
using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.Client.Generator.Diagnostics;
using SolidarityGraph.Client.Generator.Inputs;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>Generates what depends on every document: <c>{Name}.g.cs</c> (the client) and <c>{Name}.Types.g.cs</c> (enums, inputs).</summary>
internal static class SharedGenerator
{
    public static SharedOutput Generate(ImmutableArray<DocumentOutput?> documents, SchemaInput? schema, ConfigResult config)
    {
        if (config.Error is { } configError)
        {
            return new SharedOutput(EquatableArray<GeneratedSource>.Empty, new[] { configError }.ToEquatableArray());
        }

        if (schema is null)
        {
            return new SharedOutput(EquatableArray<GeneratedSource>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        if (schema.Schema is null)
        {
            var missing = DiagnosticInfo.At(DiagnosticIds.ConfigurationError, schema.Config.ConfigPath, string.Empty, 1, 1,
                $"The schema file '{schema.Config.SchemaPath}' named by {Configuration.ClientConfig.FileName} is not among the AdditionalFiles.");
            return new SharedOutput(EquatableArray<GeneratedSource>.Empty, new[] { missing }.ToEquatableArray());
        }

        var built = SchemaCache.Get(schema.Schema.Text);
        if (built.Schema is null)
        {
            var at = built.Error!.Locations.Count > 0 ? built.Error.Locations[0] : new GraphQL.Errors.SourceLocation(1, 1);
            var error = DiagnosticInfo.At(DiagnosticIds.SchemaError, schema.Schema.Path, schema.Schema.Text, at.Line, at.Column, DocumentAnalyzer.Describe(built.Error));
            return new SharedOutput(EquatableArray<GeneratedSource>.Empty, new[] { error }.ToEquatableArray());
        }

        var present = documents.Where(d => d is not null).Select(d => d!).ToList();
        var operations = present.SelectMany(d => d.Operations).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var used = present.SelectMany(d => d.UsedSchemaTypes).Distinct().ToList();
        var ns = schema.Config.Namespace;

        var client = new CodeWriter().FileHeader(ns);
        ClientEmitter.Client(client, schema.Config, operations);

        var typesWriter = new CodeWriter().FileHeader(ns);
        var types = new TypeMapper(schema.Config);
        var emitter = new SchemaTypeEmitter(built.Schema, types);
        foreach (var type in emitter.Closure(used))
        {
            if (type is EnumType enumType)
            {
                emitter.Enum(typesWriter, enumType);
            }
            else if (type is InputObjectType input)
            {
                emitter.Input(typesWriter, input, new ValueWriterEmitter(types));
            }
        }

        var sources = new[]
        {
            new GeneratedSource(schema.Config.Name + ".g.cs", client.ToString()),
            new GeneratedSource(schema.Config.Name + ".Types.g.cs", typesWriter.ToString()),
        };
        return new SharedOutput(sources.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
    }
}

/// <summary>The client and schema-type sources, or the diagnostics that prevented them.</summary>
internal sealed record SharedOutput(EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics);
