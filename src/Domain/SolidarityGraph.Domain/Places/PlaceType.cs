namespace SolidarityGraph.Domain.Places;

/// <summary>
/// Kinds of place, listed from largest to smallest; a place's parent must be of an earlier (larger) type.
/// </summary>
public enum PlaceType
{
    MacroRegion,
    Country,
    Admin1,
    Admin2,
    City,
    District,
    UrbanArea,
    Community,
}

/// <summary>A coordinate in WGS 84 degrees.</summary>
public sealed record GeoPoint
{
    /// <summary>Creates a point; latitude −90…90, longitude −180…180.</summary>
    public GeoPoint(double latitude, double longitude)
    {
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            throw new Common.DomainException(
                Common.DomainErrorCodes.OutOfRange,
                FormattableString.Invariant($"Point ({latitude}, {longitude}) is outside latitude −90…90 / longitude −180…180."));
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude in degrees.</summary>
    public double Latitude { get; private set; }

    /// <summary>Longitude in degrees.</summary>
    public double Longitude { get; private set; }
}
