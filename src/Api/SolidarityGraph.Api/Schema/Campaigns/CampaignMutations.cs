using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Campaigns;

/// <summary>
/// Create, update and delete public-awareness campaigns. The project is fixed at creation; a campaign's reach is an
/// indicator value, never a field of the campaign.
/// </summary>
[MutationType]
public static class CampaignMutations
{
    /// <summary>Creates a campaign of a project.</summary>
    [GraphQLDescription("Creates a campaign of a project, named as published (and in the original language when known).")]
    public static async Task<Campaign> CreateCampaignAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string projectId,
        string name,
        string? nameOriginal,
        IReadOnlyList<string>? aims,
        [ID] string? launchEventId,
        IReadOnlyList<CampaignMaterialInput>? materials,
        IReadOnlyList<string>? audiences,
        CancellationToken cancellationToken)
    {
        var project = MutationInputs.Key(projectId, nameof(Project));
        await MutationInputs.RequireAsync<Project>(db, project, cancellationToken);
        var campaign = MutationInputs.OnField("name", () => new Campaign(project, name, nameOriginal));
        await EditAsync(db, campaign, name, nameOriginal, aims, launchEventId, materials, audiences, cancellationToken);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return campaign;
    }

    /// <summary>Replaces the editable fields of a campaign read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces names, aims, launch event, materials and audiences of a campaign read at `version` (the project is fixed); a stale version gives a ConcurrencyError.")]
    public static async Task<Campaign> UpdateCampaignAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string name,
        string? nameOriginal,
        IReadOnlyList<string>? aims,
        [ID] string? launchEventId,
        IReadOnlyList<CampaignMaterialInput>? materials,
        IReadOnlyList<string>? audiences,
        CancellationToken cancellationToken)
    {
        var campaign = await MutationInputs.LoadForEditAsync<Campaign>(db, id, version, cancellationToken);
        await EditAsync(db, campaign, name, nameOriginal, aims, launchEventId, materials, audiences, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return campaign;
    }

    /// <summary>Deletes a campaign.</summary>
    [GraphQLDescription("Deletes a campaign read at `version`, with its citations; refused (DELETE_HAS_DEPENDENTS) while indicators count it.")]
    public static Task<Campaign> DeleteCampaignAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Campaign>(db, id, version, cancellationToken);

    // Through Campaign.Edit, like the admin: the launch event is checked here, every rule of the record in the domain.
    private static async Task EditAsync(SolidarityGraphDbContext db, Campaign campaign, string name, string? nameOriginal, IReadOnlyList<string>? aims,
        string? launchEventId, IReadOnlyList<CampaignMaterialInput>? materials, IReadOnlyList<string>? audiences, CancellationToken cancellationToken)
    {
        var launch = MutationInputs.OptionalKey(launchEventId, nameof(Event));
        await MutationInputs.RequireAsync<Event>(db, launch, cancellationToken);
        campaign.Edit(new CampaignDetails
        {
            Name = name,
            NameOriginal = nameOriginal,
            Aims = aims ?? [],
            LaunchEventId = launch,
            Materials = materials?.Select(m => new CampaignMaterial(m.Type, m.Title)).ToList() ?? [],
            Audiences = audiences ?? [],
        });
    }
}

/// <summary>One kind of material a campaign produced, as a mutation input.</summary>
/// <param name="Type">Radio spot, video, mural, leaflet or other.</param>
/// <param name="Title">Its title, when it has one.</param>
public sealed record CampaignMaterialInput(MaterialType Type, string? Title);

/// <summary><c>input CampaignMaterialInput { type: MaterialType! title: String }</c>.</summary>
internal sealed class CampaignMaterialInputType : InputObjectType<CampaignMaterialInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<CampaignMaterialInput> descriptor) =>
        descriptor.Name("CampaignMaterialInput").Description("A material a campaign produced (radio spot, video, mural, leaflet …).");
}
