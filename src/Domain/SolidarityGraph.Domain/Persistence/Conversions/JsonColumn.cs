using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence.Conversions;

/// <summary>
/// Maps small immutable lists (objectives, topics, dimensions …) to one JSON TEXT column. They are always read and
/// written with their owner and never joined on, so a child table would only add ceremony.
/// </summary>
internal static class JsonColumn
{
    /// <summary>Readable JSON: enums by name, non-ASCII text kept as is.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new PartialDateJsonConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static PropertyBuilder<IReadOnlyList<T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property
            .HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                v => JsonSerializer.Deserialize<T[]>(v, Options) ?? Array.Empty<T>(),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                    v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    v => v.ToArray()))
            .IsRequired();

    /// <summary>Partial dates as their text form (<c>"2025-11"</c>), the same as their column form.</summary>
    private sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
