using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Persistence;

public sealed partial class SolidarityGraphDbContext
{
    /// <summary>
    /// Whether queries of this context return steward-only citations (<see cref="Citation.IsStewardOnly"/>). False by
    /// default, so a new way of reading citations hides them unless the host decides otherwise: it sets this per
    /// request from the caller's Steward policy. Domain operations that must see every row (deleting a subject's
    /// citations) ignore the filter explicitly.
    /// </summary>
    public bool ReadsStewardOnlyData { get; set; }

    // The filter reads the context's property for each query, so one model serves stewards and everyone else.
    private void ConfigurePrivacyFilters(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Citation>().HasQueryFilter(c => ReadsStewardOnlyData || !c.IsStewardOnly);

    /// <summary>
    /// Refuses the save when a new or changed citation that is not marked as containing personal data quotes the name of
    /// a known person: an entrepreneur or public contact, saved or being saved (<see cref="CitationPrivacy"/>).
    /// </summary>
    private void RefuseUnmarkedPersonNames()
    {
        var citations = UnmarkedCitationsBeingSaved();
        if (citations.Count > 0)
        {
            var names = Entrepreneurs.AsNoTracking().Select(e => e.FullName)
                .Concat(PublicContacts.AsNoTracking().Select(c => (string?)c.FullName)).ToList();
            Check(citations, names);
        }
    }

    /// <inheritdoc cref="RefuseUnmarkedPersonNames" />
    private async Task RefuseUnmarkedPersonNamesAsync(CancellationToken cancellationToken)
    {
        var citations = UnmarkedCitationsBeingSaved();
        if (citations.Count > 0)
        {
            var names = await Entrepreneurs.AsNoTracking().Select(e => e.FullName)
                .Concat(PublicContacts.AsNoTracking().Select(c => (string?)c.FullName)).ToListAsync(cancellationToken).ConfigureAwait(false);
            Check(citations, names);
        }
    }

    private List<Citation> UnmarkedCitationsBeingSaved()
    {
        ChangeTracker.DetectChanges();
        return ChangeTracker.Entries<Citation>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && !e.Entity.ContainsPersonalData)
            .Select(e => e.Entity)
            .ToList();
    }

    private void Check(List<Citation> citations, List<string?> savedNames)
    {
        // People saved together with the citation (a seed file, say) count as known too.
        var names = savedNames
            .Concat(ChangeTracker.Entries<Entrepreneur>().Select(e => e.Entity.FullName))
            .Concat(ChangeTracker.Entries<PublicContact>().Select(e => (string?)e.Entity.FullName))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var citation in citations)
        {
            CitationPrivacy.RefuseUnmarkedPersonName(citation, names);
        }
    }
}
