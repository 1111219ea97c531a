using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Organisations;

/// <summary>Create, update (whole editable state at a read <c>version</c>) and delete organisations.</summary>
[MutationType]
public static class OrganisationMutations
{
    /// <summary>Creates an organisation.</summary>
    [GraphQLDescription("Creates an organisation.")]
    public static async Task<Organisation> CreateOrganisationAsync(
        [Service] SolidarityGraphDbContext db,
        string name,
        OrganisationKind kind,
        string? acronym,
        IReadOnlyList<string>? altNames,
        [GraphQLDescription("ISO 3166-1 alpha-2, e.g. PE.")] string? countryCode,
        string? website,
        string? description,
        string? foundedOn,
        [ID] string? parentId,
        CancellationToken cancellationToken)
    {
        var organisation = MutationInputs.OnField("name", () => new Organisation(name, kind));
        await ApplyAsync(db, organisation, name, kind, acronym, altNames, countryCode, website, description, foundedOn, parentId, cancellationToken);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }

    /// <summary>Replaces the editable fields of an organisation read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces the editable fields of an organisation read at `version`; a stale version gives a ConcurrencyError.")]
    public static async Task<Organisation> UpdateOrganisationAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string name,
        OrganisationKind kind,
        string? acronym,
        IReadOnlyList<string>? altNames,
        string? countryCode,
        string? website,
        string? description,
        string? foundedOn,
        [ID] string? parentId,
        CancellationToken cancellationToken)
    {
        var organisation = await MutationInputs.LoadForEditAsync<Organisation>(db, id, version, cancellationToken);
        await ApplyAsync(db, organisation, name, kind, acronym, altNames, countryCode, website, description, foundedOn, parentId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }

    /// <summary>Deletes an organisation that nothing refers to any more.</summary>
    [GraphQLDescription("Deletes an organisation read at `version`; refused (DELETE_HAS_DEPENDENTS) while funding or participations refer to it.")]
    public static Task<Organisation> DeleteOrganisationAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Organisation>(db, id, version, cancellationToken);

    // The input states every field the mutation edits; the rest (classification, headquarters …) are kept.
    private static async Task ApplyAsync(SolidarityGraphDbContext db, Organisation organisation, string name, OrganisationKind kind,
        string? acronym, IReadOnlyList<string>? altNames, string? countryCode, string? website, string? description, string? foundedOn,
        string? parentId, CancellationToken cancellationToken)
    {
        var parent = MutationInputs.OptionalKey(parentId, nameof(Organisation));
        await MutationInputs.RequireAsync<Organisation>(db, parent, cancellationToken);
        organisation.Edit(OrganisationDetails.Of(organisation) with
        {
            Name = name,
            Kind = kind,
            Acronym = acronym,
            AltNames = altNames ?? [],
            CountryCode = countryCode,
            Website = website,
            Description = description,
            FoundedOn = MutationInputs.Date(foundedOn, "foundedOn"),
            ParentId = parent,
        });
    }
}
