using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// What the <c>_CitationPicker</c> partial shows: the record being cited and its fields, the source chosen by name,
/// and once that source is open its archived text, the sentences matching a search and, after a refused quote, the
/// nearest passage. Without a chosen source the partial is just the form that opens one.
/// </summary>
public sealed record CitationPicker(string SubjectId, string SubjectName, IReadOnlyList<string> Fields, string? Field, AutocompleteField SourceField)
{
    /// <summary>The open source, when one is chosen.</summary>
    public Source? Source { get; init; }

    /// <summary>The search within the open source's text.</summary>
    public string? Find { get; init; }

    /// <summary>The sentences of the open source matching <see cref="Find"/>.</summary>
    public IReadOnlyList<TextPassage> Matches { get; init; } = [];

    /// <summary>What the steward entered, shown again after a refusal.</summary>
    public CitationInput Input { get; init; } = new();

    /// <summary>The passage nearest to a quote that was refused.</summary>
    public TextPassage? Nearest { get; init; }

    /// <summary>The record's citations so far: quote, fields supported and source, listed above the picker when set.</summary>
    public IReadOnlyList<(string Quote, string Supports, string Source, string? SourceUrl)> Existing { get; init; } = [];

    /// <summary>The picker for <paramref name="subject"/> on its own page: no source open yet, its citations so far listed.</summary>
    public static async Task<CitationPicker> WithCitationsAsync(SolidarityGraphDbContext db, EntityBase subject, RecordNames names)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subject);
        var citations = await db.Citations.AsNoTracking().Where(c => c.Subject.Id == subject.Id).ToListAsync();
        return For(subject, names) with
        {
            Existing = citations.OrderBy(c => c.Quote, StringComparer.Ordinal)
                .Select(c => (c.Quote, string.Join(", ", c.Supports), names.Of(c.SourceId), names.UrlOf(c.SourceId))).ToList(),
        };
    }

    /// <summary>The picker for <paramref name="subject"/>, no source open yet, its sources named by <paramref name="names"/>.</summary>
    public static CitationPicker For(EntityBase subject, RecordNames names, string? field = null, string? sourceLabel = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(names);
        var sources = ReferenceOptions.For(names, typeof(Source));
        return new CitationPicker(subject.Id, names.Of(subject), FieldsOf(subject.GetType()), field,
            new AutocompleteField("source", "cite-source", "Source", sourceLabel, sources));
    }

    /// <summary>
    /// The fields of a record a citation can support, as the API names them (<c>title</c>, <c>amount</c>,
    /// <c>headquartersPlaceId</c> …): its stored properties, without the bookkeeping every record has.
    /// </summary>
    public static IReadOnlyList<string> FieldsOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(EntityBase) && p.SetMethod is not null)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToList();
    }

    /// <summary>The source named <paramref name="label"/>, read with its text; null with <paramref name="error"/> set when none is.</summary>
    public static async Task<Source?> SourceNamedAsync(SolidarityGraphDbContext db, RecordNames names, string? label, Action<string> error)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(error);
        var id = ReferenceOptions.For(names, typeof(Source)).Resolve(label, "source", out var message);
        if (message is not null)
        {
            error(message);
        }

        return id is null ? null : await db.Sources.FindAsync(id);
    }
}

/// <summary>The quote a steward picked: typed or selected (with its span), or a sentence chosen as <c>start-end</c>.</summary>
public sealed class CitationInput
{
    /// <summary>The quote as typed or selected in the archived text; wins over <see cref="Sentence"/>.</summary>
    public string? Quote { get; set; }

    /// <summary>Where a selected quote starts in the archived text; null when it was typed.</summary>
    public int? Start { get; set; }

    /// <summary>Where a selected quote ends (exclusive); null when it was typed.</summary>
    public int? End { get; set; }

    /// <summary>
    /// A sentence chosen from the search results, as <c>start-end</c> offsets into the archived text.
    /// </summary>
    public string? Sentence { get; set; }

    /// <summary>How the quote supports the fields: stated verbatim unless the steward says otherwise.</summary>
    public AssertionKind Assertion { get; set; } = AssertionKind.Stated;

    /// <summary>Why a derived or curated citation holds; required for those two kinds.</summary>
    public string? Rationale { get; set; }

    /// <summary>The quote names or describes a private person: only stewards then read it.</summary>
    public bool ContainsPersonalData { get; set; }

    /// <summary>
    /// The quote and where the steward found it: the chosen sentence when no quote was typed or selected, else the
    /// quote with its selected start. Null when neither was given.
    /// </summary>
    public (string Quote, int? Start)? Picked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrWhiteSpace(Quote))
        {
            return (Quote, Start);
        }

        return Sentence?.Split('-') is [var a, var b] && int.TryParse(a, out var start) && int.TryParse(b, out var end)
            && start >= 0 && end > start && end <= text.Length
            ? (text[start..end], start)
            : null;
    }
}
