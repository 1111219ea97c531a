namespace SolidarityGraph.Client.Generator.Diagnostics;

/// <summary>
/// The ids of the generator's diagnostics (<see cref="Descriptors"/> adds titles and severity). Kept free of Roslyn so
/// the build task that writes the trusted-documents manifest can share the analysis code.
/// </summary>
internal static class DiagnosticIds
{
    public const string SyntaxError = "SGQL001";

    public const string ValidationError = "SGQL002";

    public const string SchemaError = "SGQL003";

    public const string ConfigurationError = "SGQL004";

    public const string Unsupported = "SGQL005";
}
