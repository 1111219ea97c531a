using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SolidarityGraph.Domain.Persistence.Providers;

/// <summary>
/// Migrations are per provider: SQLite's live in a context's <c>Migrations</c> folder, PostgreSQL's in
/// <c>Migrations/Postgres</c> (namespace ending in <c>.Postgres</c>), in the same assembly. EF Core itself would see
/// both sets as one history, so this migrations assembly shows each provider only its own migrations and snapshot;
/// <c>dotnet ef</c> uses it too, so <c>migrations add … -- --provider Postgres</c> diffs against the PostgreSQL snapshot.
/// </summary>
public sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    /// <summary>The last segment of the namespace of PostgreSQL migrations.</summary>
    public const string PostgresNamespaceSuffix = ".Postgres";

    private readonly Type _contextType;
    private readonly bool _postgres;
    private readonly IMigrationsIdGenerator _idGenerator;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    /// <summary>Created by EF Core's service provider (registered with <c>ReplaceService</c>).</summary>
    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IMigrationsIdGenerator idGenerator)
    {
        ArgumentNullException.ThrowIfNull(currentContext);
        _contextType = currentContext.Context.GetType();
        _postgres = DatabaseProviders.Of(currentContext.Context.Database) == DatabaseProvider.Postgres;
        _idGenerator = idGenerator;
        Assembly = _contextType.Assembly;
        _migrations = new(FindMigrations);
        _snapshot = new(FindSnapshot);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    /// <inheritdoc />
    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    /// <inheritdoc />
    public Assembly Assembly { get; }

    /// <inheritdoc />
    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(_idGenerator.IsValidId(nameOrId)
            ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            : id => string.Equals(_idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool IsMine(Type type) =>
        type is { IsAbstract: false, IsGenericTypeDefinition: false }
        && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
        && (type.Namespace ?? string.Empty).EndsWith(PostgresNamespaceSuffix, StringComparison.Ordinal) == _postgres;

    private IReadOnlyDictionary<string, TypeInfo> FindMigrations()
    {
        var result = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Migration)) && IsMine(t)))
        {
            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id;
            if (id is not null)
            {
                result.Add(id, type.GetTypeInfo());
            }
        }

        return result;
    }

    private ModelSnapshot? FindSnapshot() =>
        Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && IsMine(t))
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
            .FirstOrDefault();
}
