using SolidarityGraph.Client.Generator.Diagnostics;

namespace SolidarityGraph.Client.Generator.Inputs;

/// <summary>A generated source file.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>An operation as the client class and the trusted-documents manifest need it.</summary>
internal sealed record OperationInfo(string Name, string Kind, string Document, string Hash);

/// <summary>Everything generated from one document; equatable, so an unchanged document is not regenerated.</summary>
internal sealed record DocumentOutput(
    EquatableArray<GeneratedSource> Sources,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<OperationInfo> Operations,
    EquatableArray<string> UsedSchemaTypes);

/// <summary>The schema file named by the configuration, with the configuration itself.</summary>
internal sealed record SchemaInput(Configuration.ClientConfig Config, GraphQLFile? Schema);
