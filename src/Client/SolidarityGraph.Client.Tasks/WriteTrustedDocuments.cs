using Microsoft.Build.Framework;
using SolidarityGraph.Client.Generator.Configuration;
using SolidarityGraph.Client.Generator.Documents;
using SolidarityGraph.Client.Generator.Inputs;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace SolidarityGraph.Client.Tasks;

/// <summary>
/// Writes <c>{ClientName}.trusted-documents.json</c> into <see cref="OutputDirectory"/>: the map
/// <c>{"&lt;sha256 hex&gt;": "&lt;document&gt;"}</c> of every operation of the client generated from the same
/// <c>AdditionalFiles</c>, identical to the generated <c>{ClientName}TrustedDocuments.Manifest</c>. Manifests of an
/// earlier client name are removed; a project without <c>.graphqlrc.json</c> gets none.
/// </summary>
public sealed class WriteTrustedDocuments : MSBuildTask
{
    /// <summary>The project's <c>AdditionalFiles</c>; <c>.graphqlrc.json</c> and <c>*.graphql</c> are read.</summary>
    [Required]
    public ITaskItem[] AdditionalFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's root namespace (the client's namespace when the configuration names none).</summary>
    public string? RootNamespace { get; set; }

    /// <summary>The folder that receives the manifest (an intermediate folder; the targets copy it to the output).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The manifest written, if any.</summary>
    [Output]
    public string? Manifest { get; set; }

    public override bool Execute()
    {
        var files = AdditionalFiles
            .Select(item => item.GetMetadata("FullPath"))
            .Where(path => path.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase) || path.EndsWith(ClientConfig.FileName, StringComparison.OrdinalIgnoreCase))
            .Where(File.Exists)
            .Select(path => new GraphQLFile(GraphQLFile.Normalize(path), File.ReadAllText(path)))
            .ToList();
        var manifest = ClientDocuments.Manifest(files, string.IsNullOrEmpty(RootNamespace) ? null : RootNamespace);

        Directory.CreateDirectory(OutputDirectory);
        var target = manifest is null ? null : Path.Combine(OutputDirectory, manifest.ClientName + TrustedDocumentManifest.FileSuffix);
        foreach (var stale in Directory.GetFiles(OutputDirectory, "*" + TrustedDocumentManifest.FileSuffix).Where(f => !string.Equals(Path.GetFullPath(f), target is null ? null : Path.GetFullPath(target), StringComparison.Ordinal)))
        {
            File.Delete(stale);
        }

        if (manifest is null || target is null)
        {
            Log.LogMessage(MessageImportance.Low, "No trusted-documents manifest: no .graphqlrc.json with a valid schema among the AdditionalFiles.");
            return true;
        }

        // Unchanged content keeps its timestamp, so the copy to the output folder stays incremental too.
        if (!File.Exists(target) || File.ReadAllText(target) != manifest.Json)
        {
            File.WriteAllText(target, manifest.Json);
        }

        Manifest = target;
        Log.LogMessage(MessageImportance.Normal, $"Trusted documents of {manifest.ClientName}: {target}");
        return true;
    }
}
