namespace SolidarityGraph.Domain.Campaigns;

/// <summary>
/// The whole editable state of a <see cref="Campaign"/>, given to <see cref="Campaign.Edit"/> at once by the admin and
/// the campaign mutations. The project is not here: it is fixed at creation.
/// </summary>
public sealed record CampaignDetails
{
    /// <summary>Name as published.</summary>
    public required string Name { get; init; }

    /// <summary>Name in the original language.</summary>
    public string? NameOriginal { get; init; }

    /// <summary>Aims, verbatim.</summary>
    public IReadOnlyList<string> Aims { get; init; } = [];

    /// <summary>The event that launched it.</summary>
    public string? LaunchEventId { get; init; }

    /// <summary>Materials produced.</summary>
    public IReadOnlyList<CampaignMaterial> Materials { get; init; } = [];

    /// <summary>Audiences, verbatim.</summary>
    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>The details <paramref name="campaign"/> has now.</summary>
    public static CampaignDetails Of(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new CampaignDetails
        {
            Name = campaign.Name,
            NameOriginal = campaign.NameOriginal,
            Aims = campaign.Aims,
            LaunchEventId = campaign.LaunchEventId,
            Materials = campaign.Materials,
            Audiences = campaign.Audiences,
        };
    }
}
