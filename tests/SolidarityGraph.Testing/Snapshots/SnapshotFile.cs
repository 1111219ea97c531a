using System.Text;

namespace SolidarityGraph.Testing;

/// <summary>Where one snapshot lives, and its mismatch file.</summary>
internal sealed class SnapshotFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public SnapshotFile(string directory, string fileName)
    {
        Path = System.IO.Path.Combine(directory, "__snapshots__", fileName);
        MismatchPath = System.IO.Path.Combine(directory, "__snapshots__", "__mismatch__", fileName);
    }

    public string Path { get; }

    public string MismatchPath { get; }

    public string RelativePath => Relative(Path);

    public string MismatchRelativePath => Relative(MismatchPath);

    /// <summary>Names the file after the test class (its source file name, one class per file) and method.</summary>
    public static SnapshotFile For(string callerFile, string callerMember, string? name)
    {
        var source = ResolveSourcePath(callerFile);
        var className = System.IO.Path.GetFileNameWithoutExtension(source);
        var suffix = string.IsNullOrEmpty(name) ? string.Empty : "_" + Sanitize(name!);
        return new SnapshotFile(System.IO.Path.GetDirectoryName(source)!, $"{className}.{callerMember}{suffix}.snap");
    }

    public void Write(string text) => WriteFile(Path, text);

    public void WriteMismatch(string text) => WriteFile(MismatchPath, text);

    public void DeleteMismatch()
    {
        if (File.Exists(MismatchPath))
        {
            File.Delete(MismatchPath);
        }
    }

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8NoBom);
    }

    // A deterministic build with a path map records "/_/…" instead of the real path; map it back onto the clone.
    private static string ResolveSourcePath(string callerFile)
    {
        if (File.Exists(callerFile))
        {
            return callerFile;
        }

        var trimmed = callerFile.Replace('\\', '/');
        if (trimmed.StartsWith("/_/", StringComparison.Ordinal))
        {
            return System.IO.Path.Combine(RepositoryPaths.RepositoryRoot, trimmed.Substring(3));
        }

        return callerFile;
    }

    private static string Sanitize(string name)
    {
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        return new string(chars);
    }

    private static string Relative(string path)
    {
        try
        {
            return System.IO.Path.GetRelativePath(RepositoryPaths.RepositoryRoot, path);
        }
        catch (InvalidOperationException)
        {
            return path;
        }
    }
}
