using Microsoft.CodeAnalysis;

namespace SolidarityGraph.Client.Generator.Diagnostics;

/// <summary>The generator's diagnostics. The message carries the engine's own message and error code.</summary>
internal static class Descriptors
{
    private const string Category = "SolidarityGraph.Client";

    public static readonly DiagnosticDescriptor SyntaxError = Error(DiagnosticIds.SyntaxError, "GraphQL syntax error");

    public static readonly DiagnosticDescriptor ValidationError = Error(DiagnosticIds.ValidationError, "GraphQL validation error");

    public static readonly DiagnosticDescriptor SchemaError = Error(DiagnosticIds.SchemaError, "GraphQL schema error");

    public static readonly DiagnosticDescriptor ConfigurationError = Error(DiagnosticIds.ConfigurationError, "GraphQL client configuration error");

    public static readonly DiagnosticDescriptor Unsupported = Error(DiagnosticIds.Unsupported, "GraphQL construct not supported by the client");

    private static readonly DiagnosticDescriptor[] All = [SyntaxError, ValidationError, SchemaError, ConfigurationError, Unsupported];

    public static DiagnosticDescriptor ById(string id) => All.First(d => d.Id == id);

    private static DiagnosticDescriptor Error(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
