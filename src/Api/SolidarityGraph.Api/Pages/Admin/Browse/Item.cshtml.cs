using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Browse;

/// <summary>
/// One record of any set: every public property, references as links by name, what refers to it, and its citations.
/// </summary>
internal sealed class ItemModel(SolidarityGraphDbContext db) : AdminPageModel
{
    public EntityKind Kind { get; private set; } = null!;

    public EntityBase Entity { get; private set; } = null!;

    public RecordNames Names { get; private set; } = null!;

    /// <summary>Each property as text parts; a part with a URL is a link to the record it names.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<(string Text, string? Url)> Parts)> Fields { get; private set; } = [];

    public IReadOnlyList<Dependent> ReferencedBy { get; private set; } = [];

    public IReadOnlyList<Citation> Citations { get; private set; } = [];

    /// <summary>Cite a source for a field of this record.</summary>
    public CitationPicker? Picker { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string id)
    {
        if (EntityCatalog.BySlug(db, slug) is not { } kind || await db.FindAsync(kind.Type, id) is not EntityBase entity)
        {
            return NotFound();
        }

        (Kind, Entity, Names) = (kind, entity, await RecordNames.LoadAsync(db));
        Picker = entity is Citation or Source ? null : CitationPicker.For(entity, Names);
        Fields = kind.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(EntityBase.NodeKind) or nameof(EntityBase.Id)))
            .Select(p => (p.Name, Describe(p.Name, p.GetValue(entity))))
            .ToList();
        ReferencedBy = await DeletionGuard.FindDependentsAsync(db, entity);
        Citations = await db.Citations.AsNoTracking().Where(c => c.Subject.Id == id).ToListAsync();
        return Page();
    }

    private IReadOnlyList<(string Text, string? Url)> Describe(string name, object? value) => value switch
    {
        null => [("—", null)],
        string s when IsReference(name, s) => [Link(s)],
        SubjectRef subject => [Link(subject.Id)],
        string s => [(s, null)],
        DateTime d => [(d.ToString("yyyy-MM-dd HH:mm:ss") + " UTC", null)],
        IEnumerable<string> ids when name.EndsWith("Ids", StringComparison.Ordinal) => ids.Select(Link).DefaultIfEmpty(("—", null)).ToList(),
        IEnumerable items => [(string.Join("; ", items.Cast<object?>().Select(ItemText)), null)],
        _ => [(value.ToString() ?? string.Empty, null)],
    };

    // A value object in a list (a featured experience, a dimension) names the records it points to, like a field does.
    private string ItemText(object? item)
    {
        if (item is null or string or IFormattable)
        {
            return item?.ToString() ?? "—";
        }

        var parts = item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p.Name, Value: p.GetValue(item)))
            .Where(p => p.Value is not null and not "")
            .Select(p => p.Value is string s && IsReference(p.Name, s) ? $"{p.Name}: {Names.Of(s)}" : $"{p.Name}: {p.Value}");
        return $"{item.GetType().Name} ({string.Join(", ", parts)})";
    }

    private static bool IsReference(string name, string value) => name.EndsWith("Id", StringComparison.Ordinal) && EntityId.IsValid(value);

    private (string Text, string? Url) Link(string id) => (Names.Of(id), Names.UrlOf(id));
}
