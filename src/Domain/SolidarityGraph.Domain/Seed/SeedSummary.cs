namespace SolidarityGraph.Domain.Seed;

/// <summary>What one run of <see cref="SeedLoader"/> did.</summary>
/// <param name="File">The seed file's name.</param>
/// <param name="Inserted">Records (including citations) inserted by this run.</param>
/// <param name="Unchanged">Records already present, left as they were.</param>
/// <param name="InsertedByKind">Inserted records per node kind, e.g. <c>Organisation → 28</c>.</param>
public sealed record SeedSummary(string File, int Inserted, int Unchanged, IReadOnlyDictionary<string, int> InsertedByKind);
