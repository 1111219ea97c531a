using System.Globalization;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// The limits an Admin set for one partner application in the admin, stored with the application. A value left null
/// falls back to the configured default (<c>RateLimits:Clients:&lt;client_id&gt;</c>, then <c>RateLimits</c>).
/// </summary>
/// <param name="PointsPerHour">Points the application may spend per budget window.</param>
/// <param name="RequestsPerWindow">Requests per request window, whatever they cost.</param>
/// <param name="MaxCost">The largest cost of one operation.</param>
/// <param name="TrustedDocumentsOnly">Whether the application may run trusted documents only.</param>
public sealed record PartnerApplicationLimits(long? PointsPerHour, long? RequestsPerWindow, long? MaxCost, bool? TrustedDocumentsOnly)
{
    /// <summary>No value of its own: everything from configuration.</summary>
    public static readonly PartnerApplicationLimits None = new(null, null, null, null);

    /// <summary>Largest points per hour accepted: 200 times the default budget, far beyond any partner's need.</summary>
    public const long MaximumPointsPerHour = 1_000_000;

    /// <summary>Largest request count per window accepted (about 1,700 requests a second over a minute).</summary>
    public const long MaximumRequestsPerWindow = 100_000;

    /// <summary>Largest operation cost accepted: a thousand times the default maximum.</summary>
    public const long MaximumMaxCost = 1_000_000;

    /// <summary>Whether any value is set.</summary>
    public bool HasAny => PointsPerHour is not null || RequestsPerWindow is not null || MaxCost is not null || TrustedDocumentsOnly is not null;

    /// <summary>The broken rules, each naming the property it concerns.</summary>
    public IReadOnlyList<PartnerApplicationProblem> Problems()
    {
        var problems = new List<PartnerApplicationProblem>();
        Check(problems, nameof(PointsPerHour), "Points per hour", PointsPerHour, MaximumPointsPerHour);
        Check(problems, nameof(RequestsPerWindow), "Requests per window", RequestsPerWindow, MaximumRequestsPerWindow);
        Check(problems, nameof(MaxCost), "The maximum cost", MaxCost, MaximumMaxCost);
        return problems;
    }

    /// <summary>
    /// Reads a whole number as people type it (<c>5000</c>, <c>5,000</c>, <c>5 000</c>); empty is null. A number too
    /// large for any counter still parses (as <see cref="long.MaxValue"/>), so the range rule names the maximum.
    /// </summary>
    public static bool TryParse(string? text, out long? value)
    {
        value = null;
        var digits = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (digits.Length == 0)
        {
            return true;
        }

        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        var unsigned = digits.TrimStart('-', '+');
        if (unsigned.Length > 0 && unsigned.All(char.IsAsciiDigit))
        {
            value = digits.StartsWith('-') ? long.MinValue : long.MaxValue;
            return true;
        }

        return false;
    }

    private static void Check(List<PartnerApplicationProblem> problems, string field, string label, long? value, long maximum)
    {
        if (value < 1)
        {
            problems.Add(new(field, $"{label} must be at least 1 (to stop an application, revoke it); leave it empty for the default."));
        }
        else if (value > maximum)
        {
            problems.Add(new(field, $"{label} must be at most {maximum.ToString("N0", CultureInfo.InvariantCulture)}."));
        }
    }
}

/// <summary>An application's own limits and their version, which a stale edit is checked against.</summary>
public sealed record SavedLimits(PartnerApplicationLimits Limits, long Version);
