namespace SolidarityGraph.Api.Infrastructure.Forms;

/// <summary>A list of short texts edited in a text area, one per line (objectives, topics, audiences …).</summary>
public static class Lines
{
    /// <summary>The non-empty lines of <paramref name="text"/>, trimmed.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>The texts, one per line.</summary>
    public static string Join(IEnumerable<string> values) => string.Join('\n', values);

    /// <summary>The keys the names in <paramref name="labels"/> resolve to; unknown names go to the page's model state.</summary>
    public static IReadOnlyList<string> Resolve(IEnumerable<string?> labels, ReferenceOptions options, string what, string field, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var ids = new List<string>();
        var i = 0;
        foreach (var label in labels)
        {
            if (options.Resolve(label, what, out var error) is { } id)
            {
                ids.Add(id);
            }
            else if (error is not null)
            {
                page.ModelState.AddModelError($"{field}[{i}]", error);
            }

            i++;
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }
}
