using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Domain.Tests.Persistence;

public sealed class DatabaseInitializerTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    [Fact]
    public void CreatesTheDataFolderAndSwitchesToWriteAheadLogging()
    {
        Assert.True(File.Exists(database.FilePath));
        Assert.Equal("wal", database.JournalMode);
    }

    [Fact]
    public async Task JournalModeIsPersistentInTheFile()
    {
        await using var context = database.CreateContext();
        Assert.Equal("wal", await DatabaseInitializer.GetJournalModeAsync(context));
    }

    [Fact]
    public async Task AppliesEveryMigration()
    {
        await using var context = database.CreateContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Contains(await context.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InitializingTwiceIsHarmless() =>
        Assert.Equal("wal", await DatabaseInitializer.InitializeAsync(database.ConnectionString));

    [Fact]
    public void MigrationsMatchTheModel()
    {
        // The same check as `dotnet ef migrations has-pending-model-changes`: a model change without a migration fails here.
        using var context = database.CreateContext();
        var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        Assert.NotNull(snapshot);
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        snapshot = context.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var differences = context.GetService<IMigrationsModelDiffer>().GetDifferences(
            snapshot.GetRelationalModel(), context.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        Assert.Empty(differences);
    }

    [Fact]
    public void DefaultConnectionStringIsRelativeToTheWorkingDirectory()
    {
        Assert.Equal("Data Source=data/solidaritygraph.db", DatabaseInitializer.DefaultConnectionString);
        var builder = new SqliteConnectionStringBuilder(DatabaseInitializer.DefaultConnectionString);
        Assert.False(Path.IsPathRooted(builder.DataSource));
    }
}
