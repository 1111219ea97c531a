using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Domain.Seed;

/// <summary>
/// Loads the seed dataset (DOMAIN.md §5) into a database. Idempotent: every record's id derives from its stable key,
/// so a record already present is left as it is and only missing records are inserted. All inserts run in one
/// transaction; a malformed file throws <see cref="SeedException"/> before anything is written.
/// </summary>
public static class SeedLoader
{
    /// <summary>The actor recorded in the audit trail for seeded rows.</summary>
    public const string Actor = "seed";

    private static readonly MethodInfo ExistingIdsOfType =
        typeof(SeedLoader).GetMethod(nameof(ExistingIdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Loads the seed file embedded in the Domain assembly (<c>Seed/seed.json</c>).</summary>
    public static async Task<SeedSummary> LoadEmbeddedAsync(SolidarityGraphDbContext db, CancellationToken cancellationToken = default)
    {
        await using var stream = SeedReader.OpenEmbedded();
        return await LoadAsync(db, stream, SeedReader.EmbeddedFileName, cancellationToken);
    }

    /// <summary>Loads the seed file at <paramref name="path"/>.</summary>
    public static async Task<SeedSummary> LoadAsync(SolidarityGraphDbContext db, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fileName = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SeedException(fileName, "(document)", "(file)", $"cannot be read: {ex.Message}", ex);
        }

        await using (stream)
        {
            return await LoadAsync(db, stream, fileName, cancellationToken);
        }
    }

    /// <summary>Loads a seed file from <paramref name="stream"/>; <paramref name="fileName"/> labels error messages.</summary>
    public static async Task<SeedSummary> LoadAsync(SolidarityGraphDbContext db, Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stream);
        var seed = await SeedReader.ReadAsync(stream, fileName, cancellationToken);
        var entities = SeedBuilder.Build(seed, fileName);
        return await InsertMissingAsync(db, entities, fileName, cancellationToken);
    }

    /// <summary>True when the database already holds sources, organisations or projects (the host seeds only when false).</summary>
    public static async Task<bool> HasDataAsync(SolidarityGraphDbContext db, CancellationToken cancellationToken = default) =>
        await db.Sources.AnyAsync(cancellationToken) || await db.Organisations.AnyAsync(cancellationToken) || await db.Projects.AnyAsync(cancellationToken);

    private static async Task<SeedSummary> InsertMissingAsync(
        SolidarityGraphDbContext db, IReadOnlyList<EntityBase> entities, string fileName, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in entities.GroupBy(e => e.GetType()))
        {
            var ids = group.Select(e => e.Id).ToList();
            var task = (Task<List<string>>)ExistingIdsOfType.MakeGenericMethod(group.Key).Invoke(null, [db, ids, cancellationToken])!;
            existing.UnionWith(await task);
        }

        var missing = entities.Where(e => !existing.Contains(e.Id)).ToList();
        var insertedByKind = missing.GroupBy(e => e.NodeKind).ToDictionary(g => g.Key.ToString(), g => g.Count());
        if (missing.Count > 0)
        {
            await SaveInOneTransactionAsync(db, missing, cancellationToken);
        }

        return new SeedSummary(fileName, missing.Count, entities.Count - missing.Count, insertedByKind);
    }

    private static async Task SaveInOneTransactionAsync(SolidarityGraphDbContext db, List<EntityBase> missing, CancellationToken cancellationToken)
    {
        var previousActor = db.Actor;
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            db.Actor = Actor;
            db.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            // Disposing the uncommitted transaction rolls it back; forget the tracked inserts too.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.Actor = previousActor;
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private static Task<List<string>> ExistingIdsAsync<T>(SolidarityGraphDbContext db, List<string> ids, CancellationToken cancellationToken)
        where T : EntityBase =>
        db.Set<T>().IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
}
