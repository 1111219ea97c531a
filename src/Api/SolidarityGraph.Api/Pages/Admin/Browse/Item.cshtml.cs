using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Provenance;

namespace SolidarityGraph.Api.Pages.Admin.Browse;

/// <summary>
/// One record of any set: every public property, references as links, what refers to it, and its citations.
/// </summary>
public sealed class ItemModel(SolidarityGraphDbContext db) : AdminPageModel
{
    public EntityKind Kind { get; private set; } = null!;

    public EntityBase Entity { get; private set; } = null!;

    public IReadOnlyList<(string Name, string Text, string? LinkId)> Fields { get; private set; } = [];

    public IReadOnlyList<Dependent> ReferencedBy { get; private set; } = [];

    public IReadOnlyList<Citation> Citations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string id)
    {
        if (EntityCatalog.BySlug(db, slug) is not { } kind || await db.FindAsync(kind.Type, id) is not EntityBase entity)
        {
            return NotFound();
        }

        (Kind, Entity) = (kind, entity);
        Fields = kind.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not nameof(EntityBase.NodeKind))
            .OrderBy(p => p.Name == nameof(EntityBase.Id) ? 0 : 1)
            .Select(p => Describe(p.Name, p.GetValue(entity)))
            .ToList();
        ReferencedBy = await DeletionGuard.FindDependentsAsync(db, entity);
        Citations = await db.Citations.AsNoTracking().Where(c => c.Subject.Id == id).ToListAsync();
        return Page();
    }

    private static (string Name, string Text, string? LinkId) Describe(string name, object? value) => value switch
    {
        null => (name, "—", null),
        string s when name.EndsWith("Id", StringComparison.Ordinal) && name != nameof(EntityBase.Id) && EntityId.IsValid(s) => (name, s, s),
        SubjectRef subject => (name, subject.ToString(), subject.Id),
        string s => (name, s, null),
        DateTime d => (name, d.ToString("yyyy-MM-dd HH:mm:ss") + " UTC", null),
        IEnumerable items => (name, string.Join("; ", items.Cast<object?>().Select(i => i?.ToString())), null),
        _ => (name, value.ToString() ?? string.Empty, null),
    };
}
