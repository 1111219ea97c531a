using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>Rows of one table that still point at an entity about to be deleted.</summary>
/// <param name="EntityType">Entity class of the referring rows, e.g. <c>Funding</c>.</param>
/// <param name="Property">Referring property, e.g. <c>FunderId</c> or <c>Subject</c>.</param>
/// <param name="Count">Number of referring rows.</param>
public sealed record Dependent(string EntityType, string Property, int Count);

/// <summary>
/// Refuses deletions that would orphan relations: foreign keys (which the database also restricts), citation,
/// classification and indicator subjects, and id lists stored as JSON (e.g. a training's providers), which no
/// database constraint sees.
/// </summary>
public static class DeletionGuard
{
    /// <summary>Code: the entity is still referenced; <see cref="Dependent"/>s are listed in the message.</summary>
    public const string HasDependents = "DELETE_HAS_DEPENDENTS";

    /// <summary>Every table and column that refers to <paramref name="entity"/>, with the number of rows.</summary>
    public static async Task<IReadOnlyList<Dependent>> FindDependentsAsync(SolidarityGraphDbContext db, EntityBase entity,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        var principal = db.Model.FindEntityType(entity.GetType());
        var dependents = new List<Dependent>();
        foreach (var (type, property, sql) in Probes(db.Model, principal))
        {
            var count = await CountAsync(db, sql, entity.Id, cancellationToken).ConfigureAwait(false);
            if (count > 0)
            {
                dependents.Add(new Dependent(type, property, count));
            }
        }

        return dependents;
    }

    /// <summary>
    /// True for rows that describe the entity itself (its citations and classifications): they go with it on delete
    /// instead of blocking it.
    /// </summary>
    public static bool IsOwnProvenance(Dependent dependent)
    {
        ArgumentNullException.ThrowIfNull(dependent);
        return dependent.Property == nameof(Sources.Citation.Subject)
            && dependent.EntityType is nameof(Sources.Citation) or nameof(Classifications.Classification);
    }

    /// <summary>
    /// True for rows that go with the entity on delete instead of blocking it: its own provenance
    /// (<see cref="IsOwnProvenance"/>) and the parts edited with it on one form, a project's locations
    /// (see <see cref="Projects.ProjectLinks"/>).
    /// </summary>
    public static bool GoesWithIt(Dependent dependent)
    {
        ArgumentNullException.ThrowIfNull(dependent);
        return IsOwnProvenance(dependent)
            || dependent is { EntityType: nameof(Projects.ProjectLocation), Property: nameof(Projects.ProjectLocation.ProjectId) };
    }

    /// <summary>
    /// Marks <paramref name="entity"/> and what goes with it (<see cref="GoesWithIt"/>) as deleted, or throws
    /// <see cref="DomainException"/> (<see cref="HasDependents"/>) when anything else still refers to it. The caller saves.
    /// </summary>
    public static async Task DeleteAsync(SolidarityGraphDbContext db, EntityBase entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        var blocking = (await FindDependentsAsync(db, entity, cancellationToken).ConfigureAwait(false)).Where(d => !GoesWithIt(d)).ToList();
        if (blocking.Count > 0)
        {
            throw new DomainException(
                HasDependents,
                $"{entity.NodeKind} {entity.Id} cannot be deleted: still referenced by "
                + string.Join(", ", blocking.Select(d => $"{d.Count} {d.EntityType} ({d.Property})")) + ".");
        }

        // A project's locations go with it, each with its own citations (a location nothing else refers to).
        if (entity is Projects.Project project)
        {
            foreach (var location in await db.ProjectLocations.Where(l => l.ProjectId == project.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                await DeleteAsync(db, location, cancellationToken).ConfigureAwait(false);
            }
        }

        // Every citation of the subject goes, including steward-only ones the caller may not read.
        db.Citations.RemoveRange(await db.Citations.IgnoreQueryFilters().Where(c => c.Subject.Id == entity.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.Classifications.RemoveRange(await db.Classifications.Where(c => c.Subject.Id == entity.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.Remove(entity);
    }

    private static IEnumerable<(string Type, string Property, string Sql)> Probes(IModel model, IEntityType? principal)
    {
        foreach (var type in model.GetEntityTypes())
        {
            var table = type.GetTableName();
            if (table is null)
            {
                continue;
            }

            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var owner = type.IsOwned() ? type.FindOwnership()!.PrincipalEntityType : type;
            foreach (var property in type.GetProperties())
            {
                var column = property.GetColumnName(store);
                if (column is null || property.IsPrimaryKey())
                {
                    continue;
                }

                var isForeignKey = principal is not null && property.GetContainingForeignKeys()
                    .Any(fk => fk.PrincipalEntityType == principal && !fk.IsOwnership);
                var isSubject = type.IsOwned() && type.ClrType == typeof(SubjectRef) && property.Name == nameof(SubjectRef.Id);
                var isIdList = property.Name.EndsWith("Ids", StringComparison.Ordinal)
                    && (property.GetProviderClrType() ?? property.ClrType) == typeof(string);
                if (isForeignKey || isSubject)
                {
                    yield return (owner.ClrType.Name, isSubject ? type.FindOwnership()!.PrincipalToDependent?.Name ?? "Subject" : property.Name,
                        $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = @id");
                }
                else if (isIdList)
                {
                    yield return (owner.ClrType.Name, property.Name, $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(\"{column}\", @id) > 0");
                }
            }
        }
    }

    private static async Task<int> CountAsync(SolidarityGraphDbContext db, string sql, string id, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }
}
