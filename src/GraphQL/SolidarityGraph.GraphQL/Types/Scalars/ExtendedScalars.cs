namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// The non-spec scalars SolidarityGraph offers (PARITY.md §10), each with a <c>@specifiedBy</c> URL where a public
/// specification exists. They are not part of a schema unless added; each call returns a fresh instance.
/// </summary>
public static class ExtendedScalars
{
    /// <summary><c>DateTime</c>: an RFC 3339 date-time with offset.</summary>
    public static DateTimeType DateTime() => new();

    /// <summary><c>Date</c>: an ISO 8601 calendar date (<c>yyyy-MM-dd</c>).</summary>
    public static DateType Date() => new();

    /// <summary><c>Decimal</c>: an exact decimal number, serialized as a string.</summary>
    public static DecimalType Decimal() => new();

    /// <summary><c>Long</c>: a signed 64-bit integer.</summary>
    public static LongType Long() => new();

    /// <summary><c>UUID</c>: an RFC 9562 UUID.</summary>
    public static UuidType Uuid() => new();

    /// <summary><c>URL</c>: an absolute URL.</summary>
    public static UrlType Url() => new();

    /// <summary>All six, fresh instances, keyed by name: for <see cref="Utilities.SchemaBuildOptions.Scalars"/>.</summary>
    public static IReadOnlyDictionary<string, ScalarType> CreateAll() => new ScalarType[] { DateTime(), Date(), Decimal(), Long(), Uuid(), Url() }
        .ToDictionary(s => s.Name, s => s, StringComparer.Ordinal);
}
