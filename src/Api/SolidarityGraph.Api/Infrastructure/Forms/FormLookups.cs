using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure.Forms;

/// <summary>
/// The names a form's reference fields suggest and resolve, per record type, from one load of
/// <see cref="RecordNames"/>. A field that may point at several types (an indicator's subject) names each record with
/// its type, "Homework Benefits Us (Campaign)", so the steward knows what is chosen.
/// </summary>
public sealed class FormLookups(RecordNames names)
{
    private readonly Dictionary<string, ReferenceOptions> _options = new(StringComparer.Ordinal);

    /// <summary>Every record's name.</summary>
    public RecordNames Names { get; } = names;

    /// <summary>Loads the names of every record.</summary>
    public static async Task<FormLookups> LoadAsync(SolidarityGraphDbContext db) => new(await RecordNames.LoadAsync(db));

    /// <summary>The records of <typeparamref name="T"/>.</summary>
    public ReferenceOptions For<T>() => For(typeof(T));

    /// <summary>The records of any of <paramref name="types"/>, each named with its type when there is more than one.</summary>
    public ReferenceOptions For(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var key = string.Join(',', types.Select(t => t.Name));
        if (!_options.TryGetValue(key, out var options))
        {
            _options[key] = options = ReferenceOptions.For(Names, types);
        }

        return options;
    }

    /// <summary>The name of each key, for a list field's inputs.</summary>
    public List<string?> LabelsOf(IEnumerable<string> ids, params Type[] types) => ids.Select(id => For(types).LabelOf(id)).ToList();
}
