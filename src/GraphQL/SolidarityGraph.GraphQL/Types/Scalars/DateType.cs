using System.Globalization;

namespace SolidarityGraph.GraphQL.Types.Scalars;

/// <summary>
/// <c>Date</c>: an ISO 8601 calendar date, <c>yyyy-MM-dd</c>. Runtime values are <c>DateOnly</c> on .NET and
/// <see cref="DateTime"/> (date part) on netstandard2.0; both are accepted for serialization where available.
/// </summary>
public sealed class DateType : StringBackedScalar
{
    private const string Pattern = "yyyy-MM-dd";

    /// <summary>Creates the scalar.</summary>
    public DateType()
        : base("Date")
    {
        Description = "A calendar date without time or time zone, as specified by ISO 8601 (e.g. `2025-09-01`).";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date.html";
    }

#if NET
    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(DateOnly);
#else
    /// <inheritdoc/>
    public override Type? RuntimeType => typeof(DateTime);
#endif

    /// <inheritdoc/>
    protected override string? Format(object runtimeValue) => runtimeValue switch
    {
#if NET
        DateOnly value => value.ToString(Pattern, CultureInfo.InvariantCulture),
#endif
        DateTime value => value.ToString(Pattern, CultureInfo.InvariantCulture),
        DateTimeOffset value => value.ToString(Pattern, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <inheritdoc/>
    protected override object? Parse(string text)
    {
        if (!DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return null;
        }

#if NET
        return DateOnly.FromDateTime(value);
#else
        return value;
#endif
    }
}
