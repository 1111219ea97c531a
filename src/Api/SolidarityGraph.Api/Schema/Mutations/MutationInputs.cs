using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>Reading mutation inputs: global IDs, partial dates, and the records they point at.</summary>
internal static class MutationInputs
{
    /// <summary>The ULID inside a global ID of <paramref name="typeName"/> (a malformed ID is an <c>INVALID_ID</c> field error).</summary>
    public static string Key(string id, string typeName) => GlobalId.Decode(id, typeName).Key;

    /// <summary><see cref="Key"/> for an optional reference.</summary>
    public static string? OptionalKey(string? id, string typeName) => string.IsNullOrEmpty(id) ? null : Key(id, typeName);

    /// <summary>Parses a partial date (<c>2024</c>, <c>2025-11</c>, <c>2019-11-27</c>, <c>~</c> suffix when approximate).</summary>
    public static PartialDate? Date(string? text, string field) => OnField(field, () => PartialDate.ParseOptional(text));

    /// <summary>Runs a domain call whose rule violations concern input <paramref name="field"/>.</summary>
    public static T OnField<T>(string field, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (DomainException exception) when (exception is not ConcurrencyConflictException and not MutationFieldException and not InvalidDetailException)
        {
            throw new MutationFieldException(field, exception);
        }
    }

    /// <summary>Throws <see cref="MutationNotFoundException"/> unless a <typeparamref name="T"/> with <paramref name="key"/> exists.</summary>
    public static async Task RequireAsync<T>(SolidarityGraphDbContext db, string? key, CancellationToken cancellationToken)
        where T : EntityBase
    {
        if (key is not null && !await db.Set<T>().AnyAsync(e => e.Id == key, cancellationToken))
        {
            throw new MutationNotFoundException(typeof(T).Name, key);
        }
    }

    /// <summary>The keys inside a list of global IDs of <paramref name="typeName"/>; null is the empty list.</summary>
    public static IReadOnlyList<string> Keys(IReadOnlyList<string>? ids, string typeName) =>
        ids?.Select(id => Key(id, typeName)).ToList() ?? [];

    /// <summary><see cref="RequireAsync{T}"/> for every key of a list.</summary>
    public static async Task RequireAllAsync<T>(SolidarityGraphDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
        where T : EntityBase
    {
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            await RequireAsync<T>(db, key, cancellationToken);
        }
    }

    /// <summary>Loads the <typeparamref name="T"/> an optional global ID names; null when none is named, <see cref="NotFoundError"/> when missing.</summary>
    public static async Task<T?> FindAsync<T>(SolidarityGraphDbContext db, string? id, CancellationToken cancellationToken)
        where T : EntityBase
    {
        if (OptionalKey(id, typeof(T).Name) is not { } key)
        {
            return null;
        }

        return await db.Set<T>().SingleOrDefaultAsync(e => e.Id == key, cancellationToken) ?? throw new MutationNotFoundException(typeof(T).Name, key);
    }

    /// <summary>
    /// The node or edge a global ID of any type names, as a citation or indicator subject; <see cref="NotFoundError"/>
    /// when no such record exists.
    /// </summary>
    public static async Task<SubjectRef> SubjectAsync(SolidarityGraphDbContext db, string id, CancellationToken cancellationToken)
    {
        var (typeName, key) = GlobalId.Decode(id);
        if (!Enum.TryParse<NodeKind>(typeName, out var kind)
            || db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == typeName && !t.IsOwned()) is not { } entityType
            || await db.FindAsync(entityType.ClrType, [key], cancellationToken) is null)
        {
            throw new MutationNotFoundException(typeName, key);
        }

        return new SubjectRef(kind, key);
    }

    /// <summary>A DateTime input as the UTC instant the domain stores.</summary>
    public static DateTime? Utc(DateTimeOffset? value) => value?.UtcDateTime;

    /// <summary>Loads the record an update or delete is based on (<see cref="AuditedEdits"/>); missing → <see cref="NotFoundError"/>.</summary>
    public static async Task<T> LoadForEditAsync<T>(SolidarityGraphDbContext db, string id, long version, CancellationToken cancellationToken)
        where T : EntityBase
    {
        var key = Key(id, typeof(T).Name);
        return await db.LoadForEditAsync<T>(key, version, cancellationToken) ?? throw new MutationNotFoundException(typeof(T).Name, key);
    }

    /// <summary>
    /// Deletes the record the client read at <paramref name="version"/>, with its own citations and classifications;
    /// refused while anything else refers to it (<c>DELETE_HAS_DEPENDENTS</c>). Returns it as it was.
    /// </summary>
    public static async Task<T> DeleteAsync<T>(SolidarityGraphDbContext db, string id, long version, CancellationToken cancellationToken)
        where T : EntityBase
    {
        var entity = await LoadForEditAsync<T>(db, id, version, cancellationToken);
        if (entity.Version != version)
        {
            // Staleness first: the save refuses the removal and audits the attempt as a conflict.
            db.Remove(entity);
        }
        else
        {
            await DeletionGuard.DeleteAsync(db, entity, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return entity;
    }
}
