namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// The records a reference field may point to, by name: what the <c>_Autocomplete</c> partial suggests and how the
/// chosen text becomes a key again. Names that several records share are qualified (a place by its type and country:
/// "Lima (City, PE)"), then numbered if still equal, so every suggestion names exactly one record and no key is ever
/// shown or typed.
/// </summary>
public sealed class ReferenceOptions
{
    private readonly Dictionary<string, string> _idByLabel;
    private readonly Dictionary<string, string> _labelById;

    private ReferenceOptions(IEnumerable<(string Id, string Name, string Qualifier)> records)
    {
        (_idByLabel, _labelById) = (new(StringComparer.OrdinalIgnoreCase), new(StringComparer.Ordinal));
        var labelled = records.GroupBy(r => r.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => g.Select(r => (r.Id, Label: g.Count() == 1 ? g.Key : $"{r.Name.Trim()} ({r.Qualifier})")));
        foreach (var group in labelled.GroupBy(r => r.Label, StringComparer.OrdinalIgnoreCase))
        {
            var n = 0;
            foreach (var (id, label) in group.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                var unique = n++ == 0 ? label : $"{label} {n}";
                (_idByLabel[unique], _labelById[id]) = (id, unique);
            }
        }

        Labels = _idByLabel.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Every suggestion, sorted.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The records of <paramref name="type"/>, named by <paramref name="names"/>.</summary>
    public static ReferenceOptions For(RecordNames names, Type type) => For(names, [type]);

    /// <summary>The records of any of <paramref name="types"/>; with more than one type, each name carries its record's type.</summary>
    public static ReferenceOptions For(RecordNames names, IReadOnlyList<Type> types)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(types);
        return new ReferenceOptions(types.SelectMany(names.All)
            .Select(r => (r.Entity.Id, types.Count == 1 ? r.Name : $"{r.Name} ({r.Entity.GetType().Name})", Qualifier(r.Entity))));
    }

    private static string Qualifier(Domain.Common.EntityBase entity) => entity switch
    {
        Domain.Places.Place p => p.CountryCode is null ? p.Type.ToString() : $"{p.Type}, {p.CountryCode}",
        _ => entity.GetType().Name,
    };

    /// <summary>The suggestion that names <paramref name="id"/>; null for none.</summary>
    public string? LabelOf(string? id) => id is not null && _labelById.TryGetValue(id, out var label) ? label : null;

    /// <summary>
    /// The key the text names: null for empty text. Text that names no record is refused into
    /// <paramref name="error"/>, so the form is shown again with what the steward typed.
    /// </summary>
    public string? Resolve(string? text, string what, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (_idByLabel.TryGetValue(text.Trim(), out var id))
        {
            return id;
        }

        error = $"No {what} is named '{text.Trim()}'. Choose one of the suggestions.";
        return null;
    }
}
