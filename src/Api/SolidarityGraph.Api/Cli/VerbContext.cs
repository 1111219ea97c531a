namespace SolidarityGraph.Api.Cli;

/// <summary>
/// What every verb's action receives besides its own options: the configuration switches for its host (database,
/// provider …) and where to write.
/// </summary>
internal sealed record VerbContext(string[] Switches, TextWriter Output, TextWriter Error);
