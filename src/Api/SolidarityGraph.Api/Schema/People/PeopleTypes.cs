using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.People;

/// <summary>A person named in a public source as a contact or role-holder; contact details are steward-only (S).</summary>
internal sealed class PublicContactType : NodeObjectType<PublicContact>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<PublicContact> descriptor)
    {
        descriptor.Description("A person named in a public source as a role-holder or contact. Name, honorific and role are public; email and phone need the Steward policy; the person can ask to be removed.");
        descriptor.Field(c => c.Email).Authorize(Policies.Steward);
        descriptor.Field(c => c.Phone).Authorize(Policies.Steward);
        descriptor.Field(c => c.ErasureRequestedAt).Authorize(Policies.Steward);
        descriptor.List<PublicContact, ProjectRole>("projectRoles", r => r.ContactId);
    }
}

/// <summary>A beneficiary or entrepreneur: personal data, steward-only as a whole type (S, DOMAIN.md §4.2).</summary>
internal sealed class EntrepreneurType : NodeObjectType<Entrepreneur>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Entrepreneur> descriptor)
    {
        descriptor.Description("A woman entrepreneur or other beneficiary: personal data, so the whole type needs the Steward policy and anonymous callers and partners never receive it.");
        descriptor.Authorize(Policies.Steward).Description("Personal data of a beneficiary. Steward-only.");
        descriptor.Reference<Entrepreneur, Place>("municipality", e => e.MunicipalityPlaceId);
        descriptor.Reference<Entrepreneur, Organisation>("enterprise", e => e.EnterpriseOrganisationId);
    }
}
