using System.Globalization;
using System.Text.RegularExpressions;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 <c>date-time</c> with a time-zone offset and 0–7 fraction digits
/// (e.g. <c>2025-09-01T08:30:00.5Z</c>); runtime values are <see cref="DateTimeOffset"/>. Serialized in UTC form
/// when the offset is zero (<c>Z</c>), otherwise with the offset, without trailing fraction zeros.
/// </summary>
public sealed class DateTimeType : StringBackedScalar
{
    private static readonly Regex Rfc3339 = new(
        @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$",
        RegexOptions.CultureInvariant);

    /// <summary>Creates the scalar.</summary>
    public DateTimeType()
        : base("DateTime")
    {
        Description = "A date and time with a time-zone offset, as specified by RFC 3339 (e.g. `2025-09-01T08:30:00Z`).";
        SpecifiedByUrl = "https://www.graphql-scalars.com/date-time/";
    }

    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(DateTimeOffset);

    /// <inheritdoc/>
    protected override string? Format(object runtimeValue) => runtimeValue switch
    {
        DateTimeOffset value => Write(value),
        DateTime { Kind: DateTimeKind.Unspecified } => null,
        DateTime value => Write(new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero)),
        _ => null,
    };

    /// <inheritdoc/>
    protected override object? Parse(string text) =>
        Rfc3339.IsMatch(text) && DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;

    private static string Write(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
