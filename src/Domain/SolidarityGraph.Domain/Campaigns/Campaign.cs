using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Campaigns;

/// <summary>Kinds of campaign material (DOMAIN.md §4.3).</summary>
public enum MaterialType
{
    /// <remarks>Audio aired on radio stations.</remarks>
    RadioSpot,

    /// <remarks>Filmed material, screened or published online.</remarks>
    Video,

    /// <remarks>Painted on a wall in a public space.</remarks>
    Mural,

    /// <remarks>Printed and handed out.</remarks>
    Leaflet,

    /// <remarks>Any other material; its title says what it is.</remarks>
    Other,
}

/// <summary>One kind of material a campaign produced, with an optional title.</summary>
public sealed record CampaignMaterial(MaterialType Type, string? Title = null);

/// <summary>A public-awareness campaign, e.g. «Homework Benefits Us» (DOMAIN.md §4.3, §5.3 K1).</summary>
public sealed class Campaign : EntityBase
{
    private Campaign()
    {
        Name = ProjectId = string.Empty;
        Aims = Audiences = [];
        Materials = [];
    }

    /// <summary>Creates a campaign under a project, named as published.</summary>
    public Campaign(string projectId, string name, string? nameOriginal = null)
    {
        ProjectId = Guard.RequiredId(projectId, "Campaign project id");
        Name = Guard.Required(name, "Campaign name");
        NameOriginal = Guard.Optional(nameOriginal);
        Aims = Audiences = [];
        Materials = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Campaign;

    /// <summary>Name as published.</summary>
    public string Name { get; private set; }

    /// <summary>Name in the original language; null while unknown.</summary>
    public string? NameOriginal { get; private set; }

    /// <remarks>Required: a campaign is always run by one project (the <c>project</c> field).</remarks>
    public string ProjectId { get; private set; }

    /// <summary>Aims, verbatim.</summary>
    public IReadOnlyList<string> Aims { get; private set; }

    /// <summary>The event that launched it.</summary>
    public string? LaunchEventId { get; private set; }

    /// <summary>Materials produced.</summary>
    public IReadOnlyList<CampaignMaterial> Materials { get; private set; }

    /// <summary>Audiences, verbatim (e.g. «families, leaders, communes and OTBs»).</summary>
    public IReadOnlyList<string> Audiences { get; private set; }

    /// <summary>
    /// Replaces the whole editable state at once (the one edit path of the admin and the campaign mutations); a broken
    /// rule names its detail and changes nothing. The project is fixed at creation.
    /// </summary>
    public Campaign Edit(CampaignDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = InvalidDetailException.Check(nameof(details.Name), () => Guard.Required(details.Name, "Campaign name"));
        var launch = InvalidDetailException.Check(nameof(details.LaunchEventId), () => Guard.OptionalId(details.LaunchEventId, "Campaign launch event id"));

        (Name, NameOriginal, Aims, LaunchEventId) = (name, Guard.Optional(details.NameOriginal), Guard.TextList(details.Aims), launch);
        Materials = details.Materials.Select(m => m with { Title = Guard.Optional(m.Title) }).ToArray();
        Audiences = Guard.TextList(details.Audiences);
        return this;
    }

    /// <summary>Corrects the published name and the name in the original language; the project is fixed at creation.</summary>
    public Campaign Rename(string name, string? nameOriginal)
    {
        Name = Guard.Required(name, "Campaign name");
        NameOriginal = Guard.Optional(nameOriginal);
        return this;
    }

    /// <summary>Sets aims, launch event, materials and audiences.</summary>
    public Campaign Describe(IEnumerable<string>? aims = null, string? launchEventId = null,
        IEnumerable<CampaignMaterial>? materials = null, IEnumerable<string>? audiences = null)
    {
        Aims = Guard.TextList(aims);
        LaunchEventId = Guard.OptionalId(launchEventId, "Campaign launch event id");
        Materials = materials?.Select(m => m with { Title = Guard.Optional(m.Title) }).ToArray() ?? [];
        Audiences = Guard.TextList(audiences);
        return this;
    }
}
