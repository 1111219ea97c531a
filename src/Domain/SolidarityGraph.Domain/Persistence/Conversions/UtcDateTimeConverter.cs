using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SolidarityGraph.Domain.Persistence.Conversions;

/// <summary>
/// All timestamps are UTC; SQLite keeps no kind, so values read back are marked UTC again instead of Unspecified.
/// </summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }
}
