using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Places;

/// <summary>
/// The whole editable state of a <see cref="Place"/>, given to <see cref="Place.Edit"/> at once. Type and country are
/// not here: they are fixed at creation, because the codes, the parent and the children are checked against them.
/// </summary>
public sealed record PlaceDetails
{
    /// <summary>Required, never blank.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-2 subdivision code, e.g. <c>BO-C</c>.</summary>
    public string? Iso3166_2 { get; init; }

    /// <summary>UN M49 code, three digits.</summary>
    public string? M49Code { get; init; }

    /// <summary>GeoNames id.</summary>
    public long? GeonamesId { get; init; }

    /// <summary>The enclosing place.</summary>
    public string? ParentId { get; init; }

    /// <summary>Coordinates.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>Population as stated by a source.</summary>
    public long? Population { get; init; }

    /// <summary>When the population figure was true.</summary>
    public PartialDate? PopulationAsOf { get; init; }

    /// <summary>The details <paramref name="place"/> has now.</summary>
    public static PlaceDetails Of(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new PlaceDetails
        {
            Name = place.Name,
            Iso3166_2 = place.Iso3166_2,
            M49Code = place.M49Code,
            GeonamesId = place.GeonamesId,
            ParentId = place.ParentId,
            Point = place.Point,
            Population = place.Population,
            PopulationAsOf = place.PopulationAsOf,
        };
    }
}
