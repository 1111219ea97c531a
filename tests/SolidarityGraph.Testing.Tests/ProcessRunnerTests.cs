namespace SolidarityGraph.Testing.Tests;

/// <summary>ProcessRunner against POSIX <c>sh</c>: exit codes, both streams, stdin, environment, folder and the time limit.</summary>
public sealed class ProcessRunnerTests
{
    [Fact]
    public void CapturesExitCodeAndBothStreams()
    {
        var run = ProcessRunner.Run("sh", ["-c", "echo out; echo err >&2; exit 3"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("out\n", run.Output);
        Assert.Equal("err\n", run.Error);
        Assert.False(run.Succeeded);
        Assert.False(run.TimedOut);
    }

    [Fact]
    public void PassesInputEnvironmentAndWorkingDirectory()
    {
        var folder = Directory.CreateTempSubdirectory("sg-process-").FullName;
        try
        {
            var run = ProcessRunner.Run(
                "sh",
                ["-c", "cat; echo \" $SG_VALUE\"; pwd"],
                workingDirectory: folder,
                input: "héllo",
                environment: new Dictionary<string, string?> { ["SG_VALUE"] = "set" });

            Assert.True(run.Succeeded, run.FailureMessage);
            Assert.Equal($"héllo set\n{folder}\n", run.Output);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void KillsAProcessThatOverrunsItsTimeLimit()
    {
        var run = ProcessRunner.Run("sh", ["-c", "echo started; sleep 30"], timeout: TimeSpan.FromSeconds(1));

        Assert.True(run.TimedOut);
        Assert.Equal(ProcessResult.NoExitCode, run.ExitCode);
        Assert.Equal("started\n", run.Output);
        Assert.Contains("'sh -c \"echo started; sleep 30\"' timed out after 00:00:01 and was killed", run.FailureMessage);
    }

    [Fact]
    public void FailureMessageNamesCommandExitCodeAndStderrTail()
    {
        var run = ProcessRunner.Run("sh", ["-c", "for i in $(seq 1 30); do echo line$i >&2; done; exit 2"]);

        var failure = Assert.Throws<InvalidOperationException>(() => run.EnsureSuccess());
        Assert.StartsWith("'sh -c \"for i in", failure.Message);
        Assert.Contains("exited with 2", failure.Message);
        Assert.Contains("line30", failure.Message);
        Assert.Contains("line11\n", failure.Message);
        Assert.DoesNotContain("line10\n", failure.Message);
    }

    [Fact]
    public void ReportsAProgramThatCannotStart()
    {
        var run = ProcessRunner.Run("sg-no-such-program", []);

        Assert.Equal(ProcessResult.NoExitCode, run.ExitCode);
        Assert.Contains("could not be started", run.FailureMessage);
        Assert.False(ProcessRunner.CanRun("sg-no-such-program"));
        Assert.True(ProcessRunner.CanRun("sh", "/dev/null"));
    }
}
