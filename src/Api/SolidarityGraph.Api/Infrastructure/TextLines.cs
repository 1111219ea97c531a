using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>A list field edited as a text area, one item per line: blank lines and surrounding spaces are dropped.</summary>
public static class TextLines
{
    /// <summary>The non-blank lines of <paramref name="text"/>, trimmed; none for null.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>The items one per line, as the text area shows them; null for null.</summary>
    public static string? Join(IEnumerable<string>? items) => items is null ? null : string.Join('\n', items);

    /// <summary>
    /// Lines of the form <c>key: value</c> (an alternative title <c>es: Título</c>, an identifier <c>Wikidata: Q42</c>),
    /// each made into an item by <paramref name="item"/>. A line without a colon, or one the item refuses, becomes an
    /// error on <paramref name="field"/> naming the line; the items read are returned either way.
    /// </summary>
    public static IReadOnlyList<T> Pairs<T>(string? text, AdminPageModel page, string field, Func<string, string, T> item)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(item);
        var items = new List<T>();
        foreach (var line in Split(text))
        {
            try
            {
                items.Add(line.Split(':', 2) is [var key, var value] && key.Trim().Length > 0
                    ? item(key.Trim(), value.Trim())
                    : throw new DomainException(DomainErrorCodes.InvalidFormat, "it needs a colon between its two parts"));
            }
            catch (DomainException error)
            {
                page.ModelState.AddModelError(field, $"Line «{line}» cannot be read: {error.Message}");
            }
        }

        return items;
    }

    /// <summary>The value of <typeparamref name="TEnum"/> named <paramref name="name"/> (any case), or a refusal listing the names.</summary>
    public static TEnum Enum<TEnum>(string name)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(name, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new DomainException(DomainErrorCodes.InvalidFormat, $"'{name}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
}
