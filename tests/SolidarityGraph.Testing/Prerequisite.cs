using Xunit.Abstractions;

namespace SolidarityGraph.Testing;

/// <summary>
/// Guards tests that need something outside the repository (the shared folder, Node.js, Chromium).
/// Under CI a missing prerequisite fails the test; on a developer machine the test reports why it did nothing.
/// </summary>
public static class Prerequisite
{
    /// <summary>
    /// Returns true when <paramref name="available"/> holds. Otherwise fails under CI, or writes
    /// <paramref name="reason"/> to the test output and returns false so the caller can return early.
    /// </summary>
    public static bool Require(bool available, string reason, ITestOutputHelper? output = null)
    {
        if (available)
        {
            return true;
        }

        if (RepositoryPaths.IsCI)
        {
            throw new Xunit.Sdk.XunitException($"Missing prerequisite (CI=true makes this a failure): {reason}");
        }

        output?.WriteLine($"Not run: {reason}");
        return false;
    }

    /// <summary>Requires a folder to exist; see <see cref="Require"/>.</summary>
    public static bool RequireDirectory(string path, ITestOutputHelper? output = null) =>
        Require(Directory.Exists(path), $"folder '{path}' is absent", output);
}
