using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>CSV downloads of admin lists (RFC 4180: comma-separated, CRLF line ends, quotes doubled inside quoted cells).</summary>
public static class Csv
{
    /// <summary>A UTF-8 CSV file named <paramref name="fileName"/> with a header row and one row per record.</summary>
    public static FileContentResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return new FileContentResult(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }

    // A cell a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe, so an exported
    // record cannot carry a formula into a steward's spreadsheet (OWASP "CSV injection").
    private static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
