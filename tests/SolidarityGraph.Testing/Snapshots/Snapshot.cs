using System.Runtime.CompilerServices;
using System.Text;

namespace SolidarityGraph.Testing;

/// <summary>
/// Compares printed output (SDL, indented JSON, generated C#) with a reviewed file
/// <c>__snapshots__/&lt;Class&gt;.&lt;Method&gt;.snap</c> beside the calling test's source file.
/// </summary>
/// <remarks>
/// A missing snapshot fails under CI and is written otherwise, so it shows up in the diff for review.
/// A mismatch always fails with a line diff and leaves the actual text in <c>__snapshots__/__mismatch__/</c>,
/// unless <c>SG_UPDATE_SNAPSHOTS=1</c> is set outside CI, in which case the snapshot is rewritten.
/// </remarks>
public static class Snapshot
{
    /// <summary>The environment variable that rewrites mismatching snapshots on a developer machine.</summary>
    public const string UpdateVariable = "SG_UPDATE_SNAPSHOTS";

    /// <summary>Matches <paramref name="actual"/> against the caller's snapshot file.</summary>
    /// <param name="actual">The printed artefact.</param>
    /// <param name="name">Optional suffix for theory cases: the file becomes <c>Class.Method_name.snap</c>.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    /// <param name="callerMember">Filled in by the compiler.</param>
    public static void Match(
        string actual,
        string? name = null,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "")
    {
        var file = SnapshotFile.For(callerFile, callerMember, name);
        Match(actual, file, RepositoryPaths.IsCI, IsUpdateRequested());
    }

    internal static void Match(string actual, SnapshotFile file, bool isCI, bool update)
    {
        var normalized = Normalize(actual);
        if (!File.Exists(file.Path))
        {
            if (isCI)
            {
                throw new SnapshotException(
                    $"Snapshot '{file.RelativePath}' does not exist. Run the test locally to create it, review and commit it.");
            }

            file.Write(normalized);
            return;
        }

        var expected = Normalize(File.ReadAllText(file.Path, Encoding.UTF8));
        if (expected == normalized)
        {
            file.DeleteMismatch();
            return;
        }

        if (update && !isCI)
        {
            file.Write(normalized);
            file.DeleteMismatch();
            return;
        }

        file.WriteMismatch(normalized);
        throw new SnapshotException(
            $"Snapshot '{file.RelativePath}' does not match (actual output in '{file.MismatchRelativePath}'; " +
            $"set {UpdateVariable}=1 to accept it locally).\n" + LineDiff.Unified(expected, normalized));
    }

    /// <summary>Uses <c>\n</c> line endings so snapshots compare equal on every platform.</summary>
    internal static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static bool IsUpdateRequested() =>
        Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";
}

/// <summary>Raised when a snapshot is missing under CI or differs from the actual output.</summary>
public sealed class SnapshotException(string message) : Xunit.Sdk.XunitException(message);
