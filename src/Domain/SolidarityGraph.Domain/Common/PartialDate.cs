using System.Globalization;

namespace SolidarityGraph.Domain.Common;

/// <summary>How much of a <see cref="PartialDate"/> the source states.</summary>
public enum DatePrecision
{
    /// <summary>Only the year, e.g. «in 2011».</summary>
    Year,

    /// <summary>Year and month, e.g. «completed in November 2025».</summary>
    Month,

    /// <summary>A full calendar date.</summary>
    Day,
}

/// <summary>
/// A date known only to the precision a source states (DOMAIN.md §4.1). The text form is <c>2024</c>,
/// <c>2025-11</c> or <c>2019-11-27</c>, with a trailing <c>~</c> when approximate (the EDTF convention), and is
/// also how the value is stored, so the database stays readable.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day, bool approximate)
    {
        Year = year;
        Month = month;
        Day = day;
        Approximate = approximate;
    }

    /// <summary>The year (1–9999).</summary>
    public int Year { get; }

    /// <summary>The month (1–12) when the precision is at least <see cref="DatePrecision.Month"/>.</summary>
    public int? Month { get; }

    /// <summary>The day of the month when the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int? Day { get; }

    /// <summary>True when the source hedges, e.g. «between 2020 and part of 2021».</summary>
    public bool Approximate { get; }

    /// <summary>The stated precision.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The text form without the approximation marker: <c>2025-11</c>.</summary>
    public string Value => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>First day of the stated period (what IATI's full-date fields receive for a start).</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day of the stated period (what IATI's full-date fields receive for an end).</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month!.Value)),
        _ => Start,
    };

    /// <summary>A year-precision date.</summary>
    public static PartialDate OfYear(int year, bool approximate = false) => Create(year, null, null, approximate);

    /// <summary>A month-precision date.</summary>
    public static PartialDate OfMonth(int year, int month, bool approximate = false) => Create(year, month, null, approximate);

    /// <summary>A day-precision date.</summary>
    public static PartialDate OfDay(int year, int month, int day, bool approximate = false) => Create(year, month, day, approximate);

    /// <summary>A day-precision date from a <see cref="DateOnly"/>.</summary>
    public static PartialDate From(DateOnly date, bool approximate = false) => OfDay(date.Year, date.Month, date.Day, approximate);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, optionally followed by <c>~</c>.</summary>
    public static PartialDate Parse(string text)
    {
        var trimmed = Guard.Required(text, "Partial date");
        var approximate = trimmed.EndsWith('~');
        var body = approximate ? trimmed[..^1] : trimmed;
        var parts = body.Split('-');
        if (parts.Length > 3 || !parts.All(IsDigits) || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            throw Invalid($"'{trimmed}' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by '~'.");
        }

        var numbers = parts.Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        return Create(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null, approximate);
    }

    /// <summary>
    /// <see cref="Parse"/> for an optional form or input field: null or blank text is no date. The one parser of the
    /// admin forms and the mutations; each reports the <see cref="DomainException"/> against its own field.
    /// </summary>
    public static PartialDate? ParseOptional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Parse(text);

    /// <inheritdoc />
    public override string ToString() => Approximate ? Value + "~" : Value;

    /// <summary>Orders by the start of the period, then coarser precision first.</summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    private static PartialDate Create(int year, int? month, int? day, bool approximate)
    {
        if (year is < 1 or > 9999)
        {
            throw Invalid($"Year must be between 1 and 9999, got {year}.");
        }

        if (month is < 1 or > 12)
        {
            throw Invalid($"Month must be between 1 and 12, got {month}.");
        }

        if (day is not null)
        {
            var daysInMonth = DateTime.DaysInMonth(year, month!.Value);
            if (day < 1 || day > daysInMonth)
            {
                throw Invalid($"Day must be between 1 and {daysInMonth} for {year:D4}-{month:D2}, got {day}.");
            }
        }

        return new PartialDate(year, month, day, approximate);
    }

    private static bool IsDigits(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);

    private static DomainException Invalid(string message) => new(DomainErrorCodes.PartialDateInvalid, message);
}
