using System.CommandLine;
using SolidarityGraph.Api.Schema;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.Api.Cli;

/// <summary>
/// <c>export-schema [file]</c>: prints the live schema as SDL to <c>schema.graphql</c> at the repository root (found by
/// walking up to <c>SolidarityGraph.sln</c>) or to the given file. A test fails when the committed file drifts.
/// </summary>
internal static class ExportSchemaCommand
{
    /// <summary>The file name at the repository root.</summary>
    public const string FileName = "schema.graphql";

    public static Command Create(VerbContext context)
    {
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "The output file (default: schema.graphql at the repository root)." };
        var command = new Command("export-schema", "Write the GraphQL schema (SDL) to schema.graphql at the repository root, or to the given file.") { file };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(file), context.Output, context.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = file is not null ? Path.GetFullPath(file) : DefaultPath(Directory.GetCurrentDirectory());
        if (target is null)
        {
            await error.WriteLineAsync($"No SolidarityGraph.sln above {Directory.GetCurrentDirectory()}; pass the output file explicitly.");
            return CommandLine.Failure;
        }

        await File.WriteAllTextAsync(target, Print(), cancellationToken);
        await output.WriteLineAsync($"Schema written to {target}");
        return CommandLine.Success;
    }

    /// <summary>The SDL of the live schema, exactly as written to the file.</summary>
    public static string Print() => SchemaPrinter.Print(SolidarityGraphSchema.Build()).TrimEnd() + "\n";

    /// <summary><c>schema.graphql</c> next to the first <c>SolidarityGraph.sln</c> at or above <paramref name="start"/>.</summary>
    public static string? DefaultPath(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SolidarityGraph.sln")))
            {
                return Path.Combine(folder.FullName, FileName);
            }
        }

        return null;
    }
}
