using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>Scalar writers called by generated variable and input writers (the inverse of <see cref="JsonRead"/>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWrite
{
    /// <summary><c>Decimal</c> as a string, so no digit passes through a float.</summary>
    public static void Decimal(Utf8JsonWriter writer, decimal value) => writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>Long</c>.</summary>
    public static void Int64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary><c>DateTime</c> in RFC 3339.</summary>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value);

    /// <summary><c>Date</c> as <c>yyyy-MM-dd</c>.</summary>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary><c>UUID</c>.</summary>
    public static void Guid(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <summary><c>URL</c>.</summary>
    public static void Uri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    /// <summary>A list, items written by <paramref name="item"/>; <see langword="null"/> items are written as <c>null</c>.</summary>
    public static void List<T>(Utf8JsonWriter writer, IEnumerable<T> values, Action<Utf8JsonWriter, T> item)
    {
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                item(writer, value);
            }
        }

        writer.WriteEndArray();
    }
}
