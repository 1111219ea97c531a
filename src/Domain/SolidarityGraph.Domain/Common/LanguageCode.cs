using System.Text.RegularExpressions;

namespace SolidarityGraph.Domain.Common;

/// <summary>ISO 639-1 language codes as used by sources and multilingual text.</summary>
internal static partial class LanguageCode
{
    public static string Require(string? value, string field)
    {
        var code = Guard.Required(value, field);
        if (!Pattern().IsMatch(code))
        {
            throw new DomainException(
                DomainErrorCodes.InvalidFormat,
                $"{field} '{code}' is not an ISO 639-1 code: expected two lowercase letters.");
        }

        return code;
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex Pattern();
}
