using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Domain.Tests.Persistence.Providers;

/// <summary><see cref="DatabaseSettings.FolderBesideDatabase"/>: where the partner-access keys and uploaded trusted documents go by default.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void TheFolderIsBesideTheSqliteFile()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=installation/data/graph.db;Cache=Shared");

        Assert.Equal(Path.GetFullPath(Path.Combine("installation", "data", "keys")), settings.FolderBesideDatabase("keys"));
    }

    [Fact]
    public void TheDefaultDatabaseKeepsItsFoldersInData()
    {
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "trusted-documents")), DatabaseSettings.Default.FolderBesideDatabase("trusted-documents"));
    }

    [Fact]
    public void PostgresHasNoFileToStandBesideAndSaysSo()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, "Host=db.example.org;Database=solidaritygraph");

        var error = Assert.Throws<InvalidOperationException>(() => settings.FolderBesideDatabase("keys"));
        Assert.Equal(
            "The 'keys' folder goes beside the SQLite database file; with Database:Provider=Postgres there is no such file, so configure the folder explicitly.",
            error.Message);
    }
}
