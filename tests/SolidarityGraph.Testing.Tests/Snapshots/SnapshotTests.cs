namespace SolidarityGraph.Testing.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sg-snapshot-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void FileIsNamedAfterTheCallingClassAndMethod()
    {
        var file = SnapshotFile.For(Path.Combine(_directory, "PrinterTests.cs"), "PrintsKitchenSink", name: null);

        Assert.Equal(Path.Combine(_directory, "__snapshots__", "PrinterTests.PrintsKitchenSink.snap"), file.Path);
        Assert.Equal(Path.Combine(_directory, "__snapshots__", "__mismatch__", "PrinterTests.PrintsKitchenSink.snap"), file.MismatchPath);
    }

    [Fact]
    public void TheoryNameBecomesASanitisedSuffix()
    {
        var file = SnapshotFile.For(Path.Combine(_directory, "QueryTests.cs"), "Runs", "project by id/1");

        Assert.EndsWith("QueryTests.Runs_project_by_id_1.snap", file.Path);
    }

    [Fact]
    public void MissingSnapshotFailsUnderCI()
    {
        var file = NewFile();

        var error = Assert.Throws<SnapshotException>(() => Snapshot.Match("type Query", file, isCI: true, update: false));

        Assert.StartsWith("Snapshot '", error.Message);
        Assert.EndsWith("' does not exist. Run the test locally to create it, review and commit it.", error.Message);
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public void MissingSnapshotIsWrittenLocallyWithUnixLineEndings()
    {
        var file = NewFile();

        Snapshot.Match("type Query {\r\n  a: Int\r\n}", file, isCI: false, update: false);

        Assert.Equal("type Query {\n  a: Int\n}", File.ReadAllText(file.Path));
    }

    [Fact]
    public void MatchingSnapshotPassesRegardlessOfLineEndings()
    {
        var file = NewFile();
        File.WriteAllText(file.Path, "a\r\nb");

        Snapshot.Match("a\nb", file, isCI: true, update: false);
    }

    [Fact]
    public void MismatchFailsWithADiffAndWritesTheMismatchFile()
    {
        var file = NewFile();
        File.WriteAllText(file.Path, "type Query {\n  a: Int\n}");

        var error = Assert.Throws<SnapshotException>(
            () => Snapshot.Match("type Query {\n  b: Int\n}", file, isCI: false, update: false));

        Assert.Contains("does not match", error.Message);
        Assert.Contains("-   a: Int", error.Message);
        Assert.Contains("+   b: Int", error.Message);
        Assert.Equal("type Query {\n  b: Int\n}", File.ReadAllText(file.MismatchPath));
        Assert.Equal("type Query {\n  a: Int\n}", File.ReadAllText(file.Path));
    }

    [Fact]
    public void UpdateRewritesLocallyAndRemovesTheMismatchFile()
    {
        var file = NewFile();
        File.WriteAllText(file.Path, "old");
        Assert.Throws<SnapshotException>(() => Snapshot.Match("new", file, isCI: false, update: false));

        Snapshot.Match("new", file, isCI: false, update: true);

        Assert.Equal("new", File.ReadAllText(file.Path));
        Assert.False(File.Exists(file.MismatchPath));
    }

    [Fact]
    public void UpdateIsIgnoredUnderCI()
    {
        var file = NewFile();
        File.WriteAllText(file.Path, "old");

        Assert.Throws<SnapshotException>(() => Snapshot.Match("new", file, isCI: true, update: true));

        Assert.Equal("old", File.ReadAllText(file.Path));
    }

    [Fact]
    public void PublicMatchUsesTheCallersSourceFolder()
    {
        // Exercises the real entry point against this file's committed snapshot.
        Snapshot.Match("The snapshot helper found its own snapshot.\n");
    }

    [Fact]
    public void DiffElidesLongUnchangedRuns()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var actual = expected.Replace("line 10", "line ten");

        var diff = LineDiff.Unified(expected, actual);

        Assert.Equal(
            "--- expected\n+++ actual\n  ...\n  line 8\n  line 9\n- line 10\n+ line ten\n  line 11\n  line 12\n  ...\n",
            diff);
    }

    private SnapshotFile NewFile()
    {
        var file = SnapshotFile.For(Path.Combine(_directory, "SampleTests.cs"), "Sample", name: null);
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
        return file;
    }
}
