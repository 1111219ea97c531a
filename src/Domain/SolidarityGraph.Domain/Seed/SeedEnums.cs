using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SolidarityGraph.Domain.Seed;

/// <summary>
/// Seed files spell enum members as DOMAIN.md does (<c>REGIONAL_GOVERNMENT</c>, <c>NOT_SSE</c>); this maps them to the
/// C# members (<c>RegionalGovernment</c>, <c>NotSse</c>) exactly, without case-insensitive guessing.
/// </summary>
internal static partial class SeedEnums
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> Tables = new();

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        if (Table<T>().TryGetValue(text, out var boxed))
        {
            value = (T)boxed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The accepted spellings, for error messages.</summary>
    public static string Describe<T>() where T : struct, Enum => string.Join(", ", Table<T>().Keys);

    /// <summary>The accepted numeric codes, for error messages.</summary>
    public static string DescribeCodes<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary><c>NetworkOrFederation</c> → <c>NETWORK_OR_FEDERATION</c>.</summary>
    public static string ToSeedName(string member) => WordStart().Replace(member, "_$1").ToUpperInvariant();

    /// <summary>The seed spelling of a value.</summary>
    public static string ToSeedName<T>(T value) where T : struct, Enum => ToSeedName(value.ToString());

    private static IReadOnlyDictionary<string, object> Table<T>() where T : struct, Enum =>
        Tables.GetOrAdd(typeof(T), _ => Enum.GetValues<T>().ToDictionary(v => ToSeedName(v.ToString()), v => (object)v, StringComparer.Ordinal));

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
