using System.Collections;
using System.Globalization;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>
/// Renders runtime values the way graphql-js's <c>inspect</c> and <c>String(number)</c> do, so coercion messages
/// read the same as graphql-js's (<c>"abc"</c>, <c>1.5</c>, <c>[1, 2]</c>, <c>{ a: 1 }</c>).
/// </summary>
internal static class JsInspect
{
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => StringPrinterQuote(s),
        bool b => b ? "true" : "false",
        char c => StringPrinterQuote(c.ToString()),
        double d => FormatNumber(d),
        float f => FormatNumber(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        IReadOnlyDictionary<string, object?> map => map.Count == 0
            ? "{}"
            : "{ " + string.Join(", ", map.Select(p => p.Key + ": " + Inspect(p.Value))) + " }",
        IDictionary dictionary => dictionary.Count == 0
            ? "{}"
            : "{ " + string.Join(", ", dictionary.Keys.Cast<object>().Select(k => k + ": " + Inspect(dictionary[k]))) + " }",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };

    /// <summary>JavaScript's <c>Number.prototype.toString()</c> for a double.</summary>
    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        if (d == 0)
        {
            return "0";
        }

        // Shortest round-trip digits and decimal exponent, then JavaScript's layout rules (ECMA-262 Number::toString).
        var (digits, exponent) = Decompose(d.ToString("R", CultureInfo.InvariantCulture));
        var negative = d < 0;
        var k = digits.Length;
        var n = exponent + 1;
        string result;
        if (k <= n && n <= 21)
        {
            result = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result = digits.Substring(0, n) + "." + digits.Substring(n);
        }
        else if (-6 < n && n <= 0)
        {
            result = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var mantissa = k == 1 ? digits : digits[0] + "." + digits.Substring(1);
            result = mantissa + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + result : result;
    }

    private static (string Digits, int Exponent) Decompose(string shortest)
    {
        // Parse the round-trip text ("1.5", "1E+21", "1.5E-07") into significant digits and the exponent of the first one.
        var s = shortest.TrimStart('-');
        var exponent = 0;
        var ePos = s.IndexOfAny(new[] { 'E', 'e' });
        if (ePos >= 0)
        {
            exponent = int.Parse(s.Substring(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s.Substring(0, ePos);
        }

        var dot = s.IndexOf('.');
        var intPart = dot >= 0 ? s.Substring(0, dot) : s;
        var fracPart = dot >= 0 ? s.Substring(dot + 1) : "";
        var all = intPart + fracPart;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        var firstExponent = intPart.Length - 1 - leadingZeros + exponent;
        return (digits.Length == 0 ? "0" : digits, firstExponent);
    }

    private static string StringPrinterQuote(string s) => Language.Printer.Print(new Language.Ast.StringValueNode(s));
}
