using System.Globalization;
using System.Text.RegularExpressions;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Classifications;

/// <summary>Vocabularies a node can be classified in (DOMAIN.md §3, §4.4).</summary>
public enum ClassificationScheme
{
    /// <summary>OECD DAC 5-digit purpose code, e.g. 43030.</summary>
    Dac5,

    /// <summary>UN SDG goal "1"–"17".</summary>
    SdgGoal,

    /// <summary>UN SDG target, e.g. "5.4" or "5.a".</summary>
    SdgTarget,

    /// <summary>OECD DAC gender equality marker score: "0" not targeted, "1" significant, "2" principal.</summary>
    GenderMarker,

    /// <summary>ESSGlobal theme, e.g. T14.</summary>
    EssglobalTheme,

    /// <summary>ESSGlobal activity, e.g. AM120.</summary>
    EssglobalActivity,

    /// <summary>ESSGlobal organisational structure, e.g. OS115.</summary>
    EssglobalOs,

    /// <summary>GSEF topic tag as written, e.g. «Social Cohesion».</summary>
    GsefTopic,
}

/// <summary>Format rules for codes of each <see cref="ClassificationScheme"/>.</summary>
internal static partial class ClassificationCodes
{
    public static string Require(ClassificationScheme scheme, string? code)
    {
        var value = Guard.Required(code, "Classification code");
        var valid = scheme switch
        {
            ClassificationScheme.Dac5 => Dac5().IsMatch(value),
            ClassificationScheme.SdgGoal => IsGoal(value),
            ClassificationScheme.SdgTarget => SdgTarget().Match(value) is { Success: true } m && IsGoal(m.Groups[1].Value),
            ClassificationScheme.GenderMarker => value is "0" or "1" or "2",
            ClassificationScheme.EssglobalTheme => Theme().IsMatch(value),
            ClassificationScheme.EssglobalActivity => Activity().IsMatch(value),
            ClassificationScheme.EssglobalOs => Structure().IsMatch(value),
            _ => true,
        };

        return valid ? value : throw new DomainException(
            DomainErrorCodes.ClassificationCodeInvalid, $"'{value}' is not a valid {scheme} code ({Expected(scheme)}).");
    }

    private static bool IsGoal(string value) =>
        !value.StartsWith('0') && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var goal) && goal is >= 1 and <= 17;

    private static string Expected(ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Dac5 => "expected five digits such as 43030",
        ClassificationScheme.SdgGoal => "expected a goal number from 1 to 17",
        ClassificationScheme.SdgTarget => "expected goal.target such as 5.4 or 5.a",
        ClassificationScheme.GenderMarker => "expected 0, 1 or 2",
        ClassificationScheme.EssglobalTheme => "expected T followed by digits such as T14",
        ClassificationScheme.EssglobalActivity => "expected AM followed by digits such as AM120",
        ClassificationScheme.EssglobalOs => "expected OS followed by digits such as OS115",
        _ => "free text",
    };

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex Dac5();

    [GeneratedRegex("^([0-9]{1,2})\\.([0-9]{1,2}|[a-z])$")]
    private static partial Regex SdgTarget();

    [GeneratedRegex("^T[0-9]{1,3}$")]
    private static partial Regex Theme();

    [GeneratedRegex("^AM[0-9]{1,4}$")]
    private static partial Regex Activity();

    [GeneratedRegex("^OS[0-9]{1,4}$")]
    private static partial Regex Structure();
}
