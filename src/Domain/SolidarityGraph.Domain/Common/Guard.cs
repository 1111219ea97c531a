using System.Text.RegularExpressions;

namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Shared checks so that the same rule always produces the same message and code, whichever entity applies it.
/// </summary>
internal static partial class Guard
{
    public static string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(DomainErrorCodes.Required, $"{field} is required.");
        }

        return value.Trim();
    }

    /// <summary>Blank optional text is stored as null so "unknown" has one representation.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string RequiredId(string? id, string field)
    {
        var value = Required(id, field);
        if (!EntityId.IsValid(value))
        {
            throw new DomainException(DomainErrorCodes.InvalidId, $"{field} '{value}' is not a valid SolidarityGraph id.");
        }

        return value;
    }

    public static string? OptionalId(string? id, string field) => id is null ? null : RequiredId(id, field);

    public static string? CountryCode(string? code, string field)
    {
        var value = Optional(code);
        if (value is not null && !CountryPattern().IsMatch(value))
        {
            throw new DomainException(
                DomainErrorCodes.InvalidFormat,
                $"{field} '{value}' is not an ISO 3166-1 alpha-2 code: expected two uppercase letters.");
        }

        return value;
    }

    public static decimal? Percentage(decimal? value, string field)
    {
        if (value is < 0m or > 100m)
        {
            throw new DomainException(DomainErrorCodes.OutOfRange, $"{field} must be between 0 and 100, got {value}.");
        }

        return value;
    }

    public static void NotSelf(string id, string? otherId, string message)
    {
        if (otherId is not null && string.Equals(id, otherId, StringComparison.Ordinal))
        {
            throw new DomainException(DomainErrorCodes.SelfReference, message);
        }
    }

    public static void Ordered(PartialDate? from, PartialDate? to, string fromField, string toField)
    {
        if (from is not null && to is not null && from.Start > to.End)
        {
            throw new DomainException(
                DomainErrorCodes.DateRangeInverted,
                $"{fromField} ({from}) must not be after {toField} ({to}).");
        }
    }

    /// <summary>Codes such as <c>SPONSOR_LIAISON</c> or <c>MUNICIPAL_GOV</c>: upper snake case, no spaces.</summary>
    public static string UpperCode(string? value, string field)
    {
        var code = Required(value, field);
        if (!UpperCodePattern().IsMatch(code))
        {
            throw new DomainException(
                DomainErrorCodes.InvalidFormat,
                $"{field} '{code}' must be an upper-case code such as SPONSOR_LIAISON.");
        }

        return code;
    }

    public static IReadOnlyList<string> TextList(IEnumerable<string>? values) =>
        values?.Select(Optional).OfType<string>().ToArray() ?? [];

    public static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new DomainException(
            DomainErrorCodes.InvalidFormat, $"Timestamp {value:O} must be in UTC (DateTimeKind.Utc).");

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex UpperCodePattern();
}
