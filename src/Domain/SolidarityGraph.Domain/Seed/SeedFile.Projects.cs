namespace SolidarityGraph.Domain.Seed;

// Projects and their edges, events, trainings, campaigns, results and classifications (see SeedFile.cs).

internal sealed record SeedProject : SeedRecord
{
    public string? Title { get; init; }
    public string? Kind { get; init; }
    public string? Description { get; init; }
    public string? Status { get; init; }
    public string? StatusAsOf { get; init; }
    public List<SeedProjectDate>? Dates { get; init; }
    public List<string>? Objectives { get; init; }
    public List<string>? Components { get; init; }
    public string? TargetGroupText { get; init; }
    public int? MunicipalityCount { get; init; }
    public string? GsefCategory { get; init; }
    public List<SeedExternalId>? ExternalIds { get; init; }
}

internal sealed record SeedProjectDate
{
    /// <summary>IATI ActivityDateType code: 1 planned start, 2 actual start, 3 planned end, 4 actual end.</summary>
    public string? Type { get; init; }
    public SeedPartialDate? Date { get; init; }
}

internal sealed record SeedParticipation : SeedRecord
{
    public string? Organisation { get; init; }
    public string? Project { get; init; }
    public string? Role { get; init; }
}

internal sealed record SeedProjectLocation : SeedRecord
{
    public string? Project { get; init; }
    public string? Place { get; init; }
    public string? Role { get; init; }
}

internal sealed record SeedProjectRole : SeedRecord
{
    public string? Contact { get; init; }
    public string? Project { get; init; }
    public string? Role { get; init; }
}

internal sealed record SeedBudget : SeedRecord
{
    public string? Project { get; init; }
    public string? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
}

internal sealed record SeedFunding : SeedRecord
{
    public string? Funder { get; init; }
    public string? Recipient { get; init; }
    public string? Project { get; init; }
    public string? Amount { get; init; }
    public string? Currency { get; init; }
    public SeedPartialDate? Date { get; init; }
    public string? Instrument { get; init; }
    public string? Programme { get; init; }
    public string? FlowStage { get; init; }
    public string? Purpose { get; init; }

    /// <summary>The budget the DERIVED share is computed against (same currency only).</summary>
    public string? ShareOfBudget { get; init; }
}

internal sealed record SeedAgreement : SeedRecord
{
    public string? Project { get; init; }
    public string? Title { get; init; }
    public int? DurationMonths { get; init; }
    public SeedPartialDate? SignedOn { get; init; }
    public List<string>? Parties { get; init; }
    public string? PartiesText { get; init; }
}

internal sealed record SeedEventSeries : SeedRecord
{
    public string? Title { get; init; }
    public string? Organiser { get; init; }
}

internal sealed record SeedEvent : SeedRecord
{
    public string? Title { get; init; }
    public string? Type { get; init; }
    public SeedPartialDate? Start { get; init; }
    public SeedPartialDate? End { get; init; }
    public string? Place { get; init; }
    public string? Series { get; init; }
    public string? Project { get; init; }
    public string? GsefCategory { get; init; }
    public List<string>? Objectives { get; init; }
    public List<string>? AudienceTypes { get; init; }
    public List<SeedFeaturedExperience>? FeaturedExperiences { get; init; }
}

internal sealed record SeedFeaturedExperience
{
    public string? Label { get; init; }
    public string? Organisation { get; init; }
    public string? Place { get; init; }
}

internal sealed record SeedEventRole : SeedRecord
{
    public string? Organisation { get; init; }
    public string? Event { get; init; }
    public string? Role { get; init; }
}

internal sealed record SeedTraining : SeedRecord
{
    public string? Project { get; init; }
    public string? Title { get; init; }
    public List<string>? Topics { get; init; }
    public string? TargetGroup { get; init; }
    public List<string>? DeliveredBy { get; init; }
}

internal sealed record SeedCampaign : SeedRecord
{
    public string? Name { get; init; }
    public string? NameOriginal { get; init; }
    public string? Project { get; init; }
    public string? LaunchEvent { get; init; }
    public List<string>? Aims { get; init; }
    public List<SeedCampaignMaterial>? Materials { get; init; }
    public List<string>? Audiences { get; init; }
}

internal sealed record SeedCampaignMaterial
{
    public string? Type { get; init; }
    public string? Title { get; init; }
}

internal sealed record SeedResult : SeedRecord
{
    public string? Project { get; init; }
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Component { get; init; }
}

internal sealed record SeedIndicator : SeedRecord
{
    public string? Result { get; init; }
    public string? Code { get; init; }
    public string? Title { get; init; }
    public string? Measure { get; init; }
    public string? UnitLabel { get; init; }
    public bool? Ascending { get; init; }
    public string? Subject { get; init; }
    public List<SeedIndicatorValue>? Values { get; init; }
}

internal sealed record SeedIndicatorValue : SeedRecord
{
    public string? Kind { get; init; }
    public string? Value { get; init; }
    public string? Comparator { get; init; }
    public SeedPartialDate? AsOf { get; init; }
    public List<SeedDimension>? Dimensions { get; init; }
    public string? Place { get; init; }
    public string? Comment { get; init; }
}

internal sealed record SeedDimension
{
    public string? Name { get; init; }
    public string? Value { get; init; }
}

internal sealed record SeedClassification : SeedRecord
{
    public string? Subject { get; init; }
    public string? Scheme { get; init; }
    public string? Code { get; init; }
    public string? Percentage { get; init; }
    public int? Significance { get; init; }
    public string? Assertion { get; init; }
}
