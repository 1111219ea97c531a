namespace SolidarityGraph.Domain.Places;

/// <summary>
/// Kinds of place, listed from largest to smallest; a place's parent must be of an earlier (larger) type.
/// </summary>
public enum PlaceType
{
    /// <remarks>
    /// A region of several countries (UN M49), e.g. Latin America and the Caribbean; the only type without a country
    /// code.
    /// </remarks>
    MacroRegion,

    /// <remarks>A country (ISO 3166-1 alpha-2).</remarks>
    Country,

    /// <remarks>A first-level subdivision such as a department, region or province (ISO 3166-2).</remarks>
    Admin1,

    /// <remarks>A second-level subdivision such as a province or county.</remarks>
    Admin2,

    /// <remarks>A city or municipality.</remarks>
    City,

    /// <remarks>A district of a city.</remarks>
    District,

    /// <remarks>A neighbourhood or urban settlement.</remarks>
    UrbanArea,

    /// <remarks>A village or rural community.</remarks>
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
