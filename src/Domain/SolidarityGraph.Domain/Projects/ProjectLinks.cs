using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Domain.Projects;

/// <summary>
/// The records that hang off a project and are edited with it on one form: the places it is located at and its
/// classifications. Each is replaced by the list given; a link no longer listed is deleted through
/// <see cref="DeletionGuard"/> (with its own citations), one still listed is kept as it is. The caller saves.
/// </summary>
public static class ProjectLinks
{
    /// <summary>Makes <paramref name="placeIds"/> the project's places; new ones are activity sites.</summary>
    public static async Task SetPlacesAsync(SolidarityGraphDbContext db, Project project, IEnumerable<string> placeIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(project);
        var wanted = placeIds.Distinct(StringComparer.Ordinal).ToList();
        var current = await db.ProjectLocations.Where(l => l.ProjectId == project.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var gone in current.Where(l => !wanted.Contains(l.PlaceId)))
        {
            await DeletionGuard.DeleteAsync(db, gone, cancellationToken).ConfigureAwait(false);
        }

        foreach (var placeId in wanted.Except(current.Select(l => l.PlaceId), StringComparer.Ordinal))
        {
            db.ProjectLocations.Add(new ProjectLocation(project.Id, placeId));
        }
    }

    /// <summary>
    /// Makes <paramref name="codes"/> the project's classifications. New ones are a steward's judgement, curated by
    /// <paramref name="curator"/>; a code that does not fit its scheme is refused before anything changes.
    /// </summary>
    public static async Task SetClassificationsAsync(SolidarityGraphDbContext db, Project project,
        IEnumerable<(ClassificationScheme Scheme, string Code)> codes, string curator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(project);
        var wanted = codes.Distinct().ToList();
        var current = await db.Classifications.Where(c => c.Subject.Id == project.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var added = wanted.Where(w => !current.Any(c => c.Scheme == w.Scheme && c.Code == w.Code))
            .Select(w => new Classification(project.AsSubject(), w.Scheme, w.Code, curator: curator, rationale: "Classified by a steward."))
            .ToList();
        foreach (var gone in current.Where(c => !wanted.Contains((c.Scheme, c.Code))))
        {
            await DeletionGuard.DeleteAsync(db, gone, cancellationToken).ConfigureAwait(false);
        }

        db.Classifications.AddRange(added);
    }
}
