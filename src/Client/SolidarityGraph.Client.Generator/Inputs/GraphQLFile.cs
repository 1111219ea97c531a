namespace SolidarityGraph.Client.Generator.Inputs;

/// <summary>A <c>.graphql</c> or <c>.graphqlrc.json</c> additional file: its normalised path and text.</summary>
internal sealed record GraphQLFile(string Path, string Text)
{
    /// <summary>The path with forward slashes and no <c>.</c> or <c>..</c> segments, so paths compare across the OS and MSBuild's spellings.</summary>
    public static string Normalize(string path) => Resolve(string.Empty, path);

    /// <summary><paramref name="relative"/> resolved against <paramref name="directory"/> (an absolute <paramref name="relative"/> wins).</summary>
    public static string Resolve(string directory, string relative)
    {
        relative = relative.Replace('\\', '/');
        var isAbsolute = relative.StartsWith("/", StringComparison.Ordinal) || (relative.Length > 1 && relative[1] == ':');
        var parts = new List<string>(isAbsolute || directory.Length == 0 ? new string[0] : directory.Split('/'));
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == ".." && parts.Count > 0 && parts[parts.Count - 1] is not ("" or ".."))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment != "." && (segment != "" || i == 0))
            {
                parts.Add(segment);
            }
        }

        return string.Join("/", parts);
    }

    public string FileName => Path.Substring(Path.LastIndexOf('/') + 1);

    public string Directory => Path.LastIndexOf('/') is var i and > 0 ? Path.Substring(0, i) : string.Empty;
}
