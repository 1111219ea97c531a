using BenchmarkDotNet.Attributes;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Benchmarks;

/// <summary>
/// The cost of the internal ids every entity and audit entry takes (<see cref="EntityId"/>): a new time-ordered id, a
/// reproducible seed id, and the check a global ID's key passes on every node lookup and mutation input.
/// Run: <c>dotnet run -c Release --project bench/SolidarityGraph.Api.Benchmarks -- --filter *EntityId* --job short</c>.
/// Measured when the encoding moved to the Ulid package: the same allocations as the hand-written encoder (New 80 B,
/// FromKey 168 B, IsValid 0 B, the string and the hash being all), times within the noise of a loaded machine.
/// </summary>
[MemoryDiagnoser]
public class EntityIdBenchmarks
{
    private static readonly DateTimeOffset Instant = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
    private readonly string _valid = EntityId.FromKey("seed:O8");

    /// <summary>A new id at a given instant (what <c>EntityBase</c> and <c>AuditEntry</c> do).</summary>
    [Benchmark]
    public string New() => EntityId.New(Instant);

    /// <summary>A seed id from its stable key.</summary>
    [Benchmark]
    public string FromKey() => EntityId.FromKey("seed:O8");

    /// <summary>The key of a well-formed global ID.</summary>
    [Benchmark]
    public bool IsValid() => EntityId.IsValid(_valid);

    /// <summary>A key with a letter Crockford's base 32 leaves out (<c>U</c>), refused.</summary>
    [Benchmark]
    public bool IsValidRefusesU() => EntityId.IsValid("01ARZ3NDEKTSV4RRFFQ69G5FAU");
}
