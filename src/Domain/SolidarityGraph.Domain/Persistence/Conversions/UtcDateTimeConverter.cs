using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SolidarityGraph.Domain.Persistence.Conversions;

/// <summary>
/// All timestamps are UTC. SQLite keeps no kind, so values read back are marked UTC again instead of Unspecified;
/// PostgreSQL's <c>timestamp with time zone</c> accepts only UTC values, so values written are marked (or converted) too.
/// </summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
            v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }
}
