using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>One curated entity set: its URL slug, its CLR type, and the page that shows one row.</summary>
public sealed record EntityKind(string Slug, Type Type, string Label, string? DetailsPage)
{
    /// <summary>Folder of the type's create and edit pages (<c>/admin/places</c>), or null while only delete is offered.</summary>
    public string? EditorFolder { get; init; }

    /// <summary>The list of the set: its own filtered list page, else the generic browser.</summary>
    public string ListUrl => EditorFolder is { } folder && HasOwnList ? folder : DetailsPage?.Replace("/details", string.Empty, StringComparison.Ordinal) ?? $"/admin/browse/{Slug}";

    /// <summary>True when <see cref="EditorFolder"/> also holds the set's list page (with per-type filters).</summary>
    public bool HasOwnList { get; init; }

    /// <summary>True when <see cref="EditorFolder"/> has a create page; records of other sets are added from a related record's page.</summary>
    public bool HasCreatePage { get; init; }

    /// <summary>Link to the page that shows the row with <paramref name="id"/>.</summary>
    public string DetailsUrl(string id) => DetailsPage is null ? $"/admin/browse/{Slug}/{id}" : $"{DetailsPage}/{id}";
}

/// <summary>
/// Every entity set of the domain, read from the EF model so a new entity appears in the admin without a code change.
/// Projects, organisations and sources have their own pages; the rest use the generic browse pages.
/// </summary>
public static class EntityCatalog
{
    private static readonly Dictionary<Type, string> OwnPages = new()
    {
        [typeof(Domain.Projects.Project)] = "/admin/projects/details",
        [typeof(Domain.Organisations.Organisation)] = "/admin/organisations/details",
        [typeof(Domain.Sources.Source)] = "/admin/sources/details",
    };

    // Types edited on their own pages but shown on the generic detail page, whether the folder has their list, and
    // whether it has a create page (fundings, participations and indicator values are added from a project's page,
    // citations with the citation picker).
    private static readonly Dictionary<Type, (string Folder, bool HasList, bool HasCreate)> Editors = new()
    {
        [typeof(Domain.Places.Place)] = ("/admin/places", true, true),
        [typeof(Domain.Events.Event)] = ("/admin/events", true, true),
        [typeof(Domain.Events.EventSeries)] = ("/admin/eventseries", true, true),
        [typeof(Domain.Events.Training)] = ("/admin/trainings", true, true),
        [typeof(Domain.Campaigns.Campaign)] = ("/admin/campaigns", true, true),
        [typeof(Domain.Indicators.Indicator)] = ("/admin/indicators", true, true),
        [typeof(Domain.Fundings.Funding)] = ("/admin/fundings", true, false),
        [typeof(Domain.Projects.Participation)] = ("/admin/participations", true, false),
        [typeof(Domain.Indicators.IndicatorValue)] = ("/admin/indicatorvalues", true, false),
        [typeof(Domain.Sources.Citation)] = ("/admin/citations", true, false),
    };

    private static readonly string[] TitleProperties = ["Title", "Name", "FullName", "PseudoId", "Code", "Quote", "Role"];

    private static IReadOnlyList<EntityKind>? _kinds;

    /// <summary>All entity sets, by label.</summary>
    public static IReadOnlyList<EntityKind> Kinds(SolidarityGraphDbContext db) => _kinds ??= db.Model.GetEntityTypes()
        .Where(t => !t.IsOwned() && typeof(EntityBase).IsAssignableFrom(t.ClrType))
        .Select(t => new EntityKind(Slugify(t.ClrType.Name), t.ClrType, t.ClrType.Name, OwnPages.GetValueOrDefault(t.ClrType))
        {
            EditorFolder = Editors.TryGetValue(t.ClrType, out var editor) ? editor.Folder : null,
            HasOwnList = Editors.TryGetValue(t.ClrType, out var list) && list.HasList,
            HasCreatePage = Editors.TryGetValue(t.ClrType, out var create) && create.HasCreate,
        })
        .OrderBy(k => k.Label, StringComparer.Ordinal)
        .ToList();

    /// <summary>The set with the given slug, or null.</summary>
    public static EntityKind? BySlug(SolidarityGraphDbContext db, string? slug) =>
        Kinds(db).FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The set of <paramref name="type"/>.</summary>
    public static EntityKind Of(SolidarityGraphDbContext db, Type type) => Kinds(db).First(k => k.Type == type);

    /// <summary>All rows of a set, untracked (admin data sets are small; paging happens in memory for generic lists).</summary>
    public static async Task<List<EntityBase>> AllAsync(SolidarityGraphDbContext db, EntityKind kind) =>
        await ((Task<List<EntityBase>>)typeof(EntityCatalog).GetMethod(nameof(AllOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(kind.Type).Invoke(null, [db])!);

    /// <summary>Finds the row with <paramref name="id"/> in any set (ids are unique across sets).</summary>
    public static async Task<(EntityKind Kind, EntityBase Entity)?> FindAnyAsync(SolidarityGraphDbContext db, string id)
    {
        foreach (var kind in Kinds(db))
        {
            if (await db.FindAsync(kind.Type, id) is EntityBase entity)
            {
                return (kind, entity);
            }
        }

        return null;
    }

    /// <summary>A readable one-line title: the first of Title, Name, FullName … that has a value.</summary>
    public static string TitleOf(EntityBase entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var name in TitleProperties)
        {
            if (entity.GetType().GetProperty(name)?.GetValue(entity) is { } value && value.ToString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return $"{entity.GetType().Name} {entity.Id}";
    }

    private static async Task<List<EntityBase>> AllOf<T>(SolidarityGraphDbContext db)
        where T : EntityBase =>
        (await db.Set<T>().AsNoTracking().ToListAsync()).Cast<EntityBase>().ToList();

    private static string Slugify(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
