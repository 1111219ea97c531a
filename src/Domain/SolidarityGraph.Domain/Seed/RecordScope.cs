using System.Globalization;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Seed;

/// <summary>
/// One record of a seed file while it is being read: turns missing, malformed and rule-breaking values into
/// <see cref="SeedException"/>s that name the file, the record and the field.
/// </summary>
internal sealed class RecordScope(string file, string path, string? key)
{
    /// <summary>The record's stable key, when it has one.</summary>
    public string? Key { get; } = key;

    /// <summary>The JSON index path, e.g. <c>fundings[2]</c>.</summary>
    public string Path { get; } = path;

    /// <summary>How messages name the record: <c>fundings[2] (id 'funding:x')</c>.</summary>
    public string Label => Key is null ? Path : $"{Path} (id '{Key}')";

    /// <summary>A scope for a record nested in this one, e.g. an indicator's value.</summary>
    public RecordScope Nested(string relativePath, string? nestedKey) => new(file, $"{Path}.{relativePath}", nestedKey);

    /// <summary>An error about <paramref name="field"/> of this record.</summary>
    public SeedException Error(string field, string problem, Exception? inner = null) => new(file, Label, field, problem, inner);

    /// <summary>Non-blank text.</summary>
    public string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Error(field, "is required.") : value;

    /// <summary>A value that must be present.</summary>
    public T Required<T>(T? value, string field) where T : struct =>
        value ?? throw Error(field, "is required.");

    /// <summary>A list that must hold at least one element.</summary>
    public List<T> NonEmpty<T>(List<T>? values, string field) =>
        values is { Count: > 0 } ? values : throw Error(field, "must contain at least one element.");

    /// <summary>An exact decimal written as a JSON string, e.g. <c>"16322.00"</c>.</summary>
    public decimal? Decimal(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(field, $"'{value}' is not a decimal number: write digits with an optional '.' and no thousands separator, e.g. \"16322.00\".");
    }

    /// <summary>A partial date such as <c>{ "value": "2025-11" }</c>.</summary>
    public PartialDate? Date(SeedPartialDate? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        var text = Required(value.Value, field + ".value");
        return Apply(field, () => PartialDate.Parse(value.Approximate == true ? text + "~" : text));
    }

    /// <summary>A UTC timestamp in ISO 8601 with a <c>Z</c> suffix.</summary>
    public DateTime Timestamp(string? value, string field)
    {
        var text = Required(value, field);
        return text.EndsWith('Z') && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? DateTime.SpecifyKind(instant, DateTimeKind.Utc)
            : throw Error(field, $"'{text}' is not a UTC timestamp such as \"2025-01-15T00:00:00Z\".");
    }

    /// <summary>An upper-snake-case enum value, e.g. <c>REGIONAL_GOVERNMENT</c>.</summary>
    public T Enum<T>(string? value, string field) where T : struct, Enum =>
        SeedEnums.TryParse<T>(Required(value, field), out var parsed)
            ? parsed
            : throw Error(field, $"'{value}' is not a valid value; expected one of {SeedEnums.Describe<T>()}.");

    /// <summary>Like <see cref="Enum{T}"/> but null when absent.</summary>
    public T? OptionalEnum<T>(string? value, string field) where T : struct, Enum =>
        value is null ? null : Enum<T>(value, field);

    /// <summary>An IATI numeric code held as a string, e.g. activity status <c>"3"</c>.</summary>
    public T? IatiCode<T>(string? value, string field) where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && System.Enum.IsDefined(typeof(T), code)
            ? (T)System.Enum.ToObject(typeof(T), code)
            : throw Error(field, $"'{value}' is not a valid IATI code; expected one of {SeedEnums.DescribeCodes<T>()}.");
    }

    /// <summary>An integer held as a string, e.g. an IATI organisation type <c>"21"</c>.</summary>
    public int? Integer(string? value, string field) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : throw Error(field, $"'{value}' is not a whole number.");

    /// <summary>Runs a domain operation, reporting a broken domain rule against <paramref name="field"/>.</summary>
    public T Apply<T>(string field, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (DomainException ex)
        {
            throw Error(field, ex.Message, ex);
        }
    }
}
