using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.GraphQL.CodeFirst;
using DomainPlaceType = SolidarityGraph.Domain.Places.PlaceType;

namespace SolidarityGraph.Api.Schema.Places;

/// <summary>
/// Create, update and delete places through <see cref="Place.Edit"/>, like the admin. Type and country are fixed at
/// creation; an update states the rest of the editable state at the <c>version</c> it was read at.
/// </summary>
[MutationType]
public static class PlaceMutations
{
    /// <summary>Creates a place.</summary>
    [GraphQLDescription("Creates a place. Every type except MACRO_REGION needs a country code; a parent must be a larger kind of place in the same country.")]
    public static async Task<Place> CreatePlaceAsync(
        [Service] SolidarityGraphDbContext db,
        string name,
        DomainPlaceType type,
        [GraphQLDescription("ISO 3166-1 alpha-2, e.g. BO.")] string? countryCode,
        [GraphQLDescription("ISO 3166-2 subdivision, e.g. BO-C.")] string? iso3166_2,
        [GraphQLDescription("UN M49 code, three digits.")] string? m49Code,
        long? geonamesId,
        [ID] string? parentId,
        double? latitude,
        double? longitude,
        long? population,
        string? populationAsOf,
        CancellationToken cancellationToken)
    {
        var place = new Place(name, type, countryCode);
        await ApplyAsync(db, place, name, iso3166_2, m49Code, geonamesId, parentId, latitude, longitude, population, populationAsOf, cancellationToken);
        db.Places.Add(place);
        await db.SaveChangesAsync(cancellationToken);
        return place;
    }

    /// <summary>Replaces the editable fields of a place read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces name, codes, parent, point and population of a place read at `version` (type and country are fixed); a stale version gives a ConcurrencyError.")]
    public static async Task<Place> UpdatePlaceAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string name,
        string? iso3166_2,
        string? m49Code,
        long? geonamesId,
        [ID] string? parentId,
        double? latitude,
        double? longitude,
        long? population,
        string? populationAsOf,
        CancellationToken cancellationToken)
    {
        var place = await MutationInputs.LoadForEditAsync<Place>(db, id, version, cancellationToken);
        await ApplyAsync(db, place, name, iso3166_2, m49Code, geonamesId, parentId, latitude, longitude, population, populationAsOf, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return place;
    }

    /// <summary>Deletes a place that nothing refers to any more.</summary>
    [GraphQLDescription("Deletes a place read at `version`; refused (DELETE_HAS_DEPENDENTS) while child places, project locations, events or other records refer to it.")]
    public static Task<Place> DeletePlaceAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Place>(db, id, version, cancellationToken);

    private static async Task ApplyAsync(SolidarityGraphDbContext db, Place place, string name, string? iso3166_2, string? m49Code, long? geonamesId,
        string? parentId, double? latitude, double? longitude, long? population, string? populationAsOf, CancellationToken cancellationToken)
    {
        var parent = await MutationInputs.FindAsync<Place>(db, parentId, cancellationToken);
        var point = MutationInputs.OnField(latitude is null ? "latitude" : "longitude", () => Point(latitude, longitude));
        place.Edit(
            new PlaceDetails
            {
                Name = name,
                Iso3166_2 = iso3166_2,
                M49Code = m49Code,
                GeonamesId = geonamesId,
                ParentId = parent?.Id,
                Point = point,
                Population = population,
                PopulationAsOf = MutationInputs.Date(populationAsOf, "populationAsOf"),
            },
            parent);
    }

    // A coordinate is both numbers or none: half a point is no location.
    private static GeoPoint? Point(double? latitude, double? longitude) => (latitude, longitude) switch
    {
        (null, null) => null,
        ({ } lat, { } lon) => new GeoPoint(lat, lon),
        _ => throw new DomainException(DomainErrorCodes.Required, "A point needs both latitude and longitude."),
    };
}
