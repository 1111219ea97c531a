using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence.Conversions;

/// <summary>Stores a <see cref="PartialDate"/> as its text form (<c>2025-11</c>, <c>2021~</c>): readable and sortable.</summary>
internal sealed class PartialDateConverter : ValueConverter<PartialDate, string>
{
    public PartialDateConverter()
        : base(v => v.ToString(), v => PartialDate.Parse(v))
    {
    }
}
