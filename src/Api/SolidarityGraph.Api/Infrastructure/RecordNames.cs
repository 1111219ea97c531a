using System.Globalization;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Memberships;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Policy;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Fundings;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// A readable name for every record of the graph, so no admin page shows a bare key where a name exists. Records
/// without a title of their own (a funding, a participation, a classification …) are named after what they join:
/// "setec Foundation → Mano a Mano, 16,322 EUR". Admin data sets are small, so one page loads every set once.
/// </summary>
public sealed class RecordNames
{
    // A name built from other names stops here, so a cycle of references cannot recurse forever.
    private const int MaxDepth = 3;

    private readonly Dictionary<string, (EntityKind Kind, EntityBase Entity)> _records;

    private RecordNames(Dictionary<string, (EntityKind Kind, EntityBase Entity)> records) => _records = records;

    /// <summary>Loads every record of every set (untracked).</summary>
    public static async Task<RecordNames> LoadAsync(SolidarityGraphDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var records = new Dictionary<string, (EntityKind, EntityBase)>(StringComparer.Ordinal);
        foreach (var kind in EntityCatalog.Kinds(db))
        {
            foreach (var entity in await EntityCatalog.AllAsync(db, kind))
            {
                records[entity.Id] = (kind, entity);
            }
        }

        return new RecordNames(records);
    }

    /// <summary>The record with <paramref name="id"/>, if any.</summary>
    public (EntityKind Kind, EntityBase Entity)? Find(string? id) =>
        id is not null && _records.TryGetValue(id, out var record) ? record : null;

    /// <summary>The name of the record with <paramref name="id"/>; "—" for none, "unknown record" for a dangling key.</summary>
    public string Of(string? id) => Of(id, 0);

    /// <summary>The name of <paramref name="entity"/>.</summary>
    public string Of(EntityBase entity) => Compose(entity, 0);

    /// <summary>The admin page of the record with <paramref name="id"/>, or null when there is none.</summary>
    public string? UrlOf(string? id) => Find(id) is { } r ? r.Kind.DetailsUrl(r.Entity.Id) : null;

    /// <summary>Every record of one set with its name, for lists and autocomplete options.</summary>
    public IEnumerable<(EntityBase Entity, string Name)> All(Type type) =>
        _records.Values.Where(r => r.Kind.Type == type).Select(r => (r.Entity, Compose(r.Entity, 0)));

    private string Of(string? id, int depth) => id switch
    {
        null or "" => "—",
        _ when _records.TryGetValue(id, out var r) => Compose(r.Entity, depth),
        _ => "unknown record",
    };

    private string Compose(EntityBase entity, int depth)
    {
        if (depth > MaxDepth)
        {
            return entity.GetType().Name;
        }

        string N(string? id) => Of(id, depth + 1);
        return entity switch
        {
            Funding f => $"{N(f.FunderId)} → {N(f.RecipientId ?? f.ProjectId)}{Amount(f.Amount, f.Currency)}",
            Participation p => $"{N(p.OrganisationId)} in {N(p.ProjectId)} ({p.Role})",
            ProjectLocation l => $"{N(l.ProjectId)} at {N(l.PlaceId)} ({l.Role})",
            ProjectRole r => $"{N(r.ContactId)}, {r.Role} of {N(r.ProjectId)}",
            Budget b => $"Budget of {N(b.ProjectId)}, {Amount(b.Value.Amount, b.Value.Currency).TrimStart(',', ' ')}",
            Membership m => $"{N(m.MemberId)} in {N(m.NetworkId)}",
            Affiliation a => $"{N(a.ContactId)} at {N(a.OrganisationId)}",
            NetworkJoin j => $"{N(j.EntrepreneurId)} joined {N(j.OrganisationId)}",
            Enrolment e => $"{N(e.EntrepreneurId)} in {N(e.TrainingId)}",
            EventRole r => $"{N(r.OrganisationId)}, {r.Role} of {N(r.EventId)}",
            IndicatorValue v => $"{N(v.IndicatorId)}: {v.Kind} {v.Value.ToString("0.##", CultureInfo.InvariantCulture)}",
            Classification c => $"{N(c.Subject.Id)}: {c.Scheme} {c.Code}",
            Citation c => $"«{Shorten(c.Quote)}» ({N(c.SourceId)})",
            PolicyProposal { Title: null } p => $"Policy proposal of {N(p.ProjectId)}",
            Campaign c => c.Name,
            _ => EntityCatalog.TitleOf(entity),
        };
    }

    private static string Amount(decimal? amount, string? currency) =>
        amount is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {amount:#,0.##} {currency}").TrimEnd();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
