using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Conversions;

namespace SolidarityGraph.Domain.Tests.Persistence.Conversions;

/// <summary>
/// A <c>string[]</c> query parameter on SQLite (a batch's keys, <c>json_each(@keys)</c>) goes through
/// <see cref="StringArrayJsonConverter"/>, and keys that need escaping still find their rows.
/// </summary>
public sealed class StringArrayParameterTests(SqliteFileDatabase database) : IClassFixture<SqliteFileDatabase>
{
    // Ids are ULIDs in the domain; the rows below get these through SQL, as a database written by other tools could hold.
    private static readonly string[] OddKeys =
    [
        "quote\"d", "back\\slash", "tab\tnew\nline\u0001\u001F", "nul\u0000in", "ünï©ødé 日本 😀", "<html> & 'apostrophe' +",
    ];

    [Fact]
    public async Task KeysThatNeedEscapingFindTheirRows()
    {
        var stored = await StoreOrganisationsAsync(OddKeys);

        await using var reader = database.CreateContext();
        string[] keys = [.. OddKeys, "quote\\\"d", "ünïcode", "nul"]; // and three that match nothing
        var found = await reader.Organisations.Where(o => keys.Contains(o.Id)).Select(o => o.Id).ToListAsync();

        Assert.Equal(stored.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheParameterIsTheConvertersJsonText()
    {
        var parameters = new ParameterRecorder();
        var builder = new DbContextOptionsBuilder<SolidarityGraphDbContext>();
        builder.UseSolidarityGraphSqlite(database.ConnectionString).AddInterceptors(parameters);
        await using var reader = new SolidarityGraphDbContext(builder.Options);
        string[] keys = ["ünï©ødé", "a\"b"];

        await reader.Organisations.Where(o => keys.Contains(o.Id)).Select(o => o.Id).ToListAsync();

        // EF Core's own writer would have sent "\u00FCn\u00EF…" and "a\u0022b".
        Assert.Equal(StringArrayJsonConverter.ToJson(keys), Assert.Single(parameters.Values));
    }

    [Fact]
    public async Task AnEmptyListFindsNothing()
    {
        await StoreOrganisationsAsync(["empty-list-probe"]);

        await using var reader = database.CreateContext();
        string[] keys = [];
        Assert.Empty(await reader.Organisations.Where(o => keys.Contains(o.Id)).ToListAsync());
    }

    private async Task<IReadOnlyList<string>> StoreOrganisationsAsync(IReadOnlyList<string> keys)
    {
        await using var context = database.CreateContext();
        var organisations = keys.Select((_, i) => new Organisation($"Odd key {i}", OrganisationKind.Ngo)).ToList();
        context.AddRange(organisations);
        await context.SaveChangesAsync();
        for (var i = 0; i < keys.Count; i++)
        {
            await context.Database.ExecuteSqlAsync($"UPDATE \"Organisations\" SET \"Id\" = {keys[i]} WHERE \"Id\" = {organisations[i].Id}");
        }

        return keys;
    }

    private sealed class ParameterRecorder : DbCommandInterceptor
    {
        public List<object?> Values { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Values.AddRange(command.Parameters.Cast<DbParameter>().Select(p => p.Value));
            return ValueTask.FromResult(result);
        }
    }
}
