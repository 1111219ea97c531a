namespace SolidarityGraph.Api.Health;

/// <summary>What <c>/health</c> reports about the database.</summary>
/// <param name="Provider">EF Core provider, e.g. <c>Microsoft.EntityFrameworkCore.Sqlite</c>.</param>
/// <param name="LastAppliedMigration">Id of the newest applied migration, null on an empty database.</param>
/// <param name="AppliedMigrations">Ids of all applied migrations, oldest first.</param>
/// <param name="PendingMigrations">Ids of migrations the code has but the database lacks.</param>
/// <param name="Counts">Rows per main entity set, keyed by camel-case set name.</param>
internal sealed record DatabaseStatus(
    string? Provider,
    string? LastAppliedMigration,
    IReadOnlyList<string> AppliedMigrations,
    IReadOnlyList<string> PendingMigrations,
    IReadOnlyDictionary<string, int> Counts);
