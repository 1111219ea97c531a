using SolidarityGraph.Domain.Common;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Node;

/// <summary><c>interface Node { id: ID! }</c>: every stored entity, refetchable through <c>node(id:)</c> (PARITY.md §1).</summary>
internal sealed class NodeInterfaceType : InterfaceType<EntityBase>
{
    protected override void Configure(IInterfaceTypeDescriptor<EntityBase> descriptor)
    {
        descriptor.Name("Node")
            .Description("An object with a stable global ID, refetchable with `node(id:)`.")
            .BindFields(BindingBehavior.Explicit);
        descriptor.Field(e => e.Id).Type("ID!").Description("The global ID: unpadded base64url of `{TypeName}:{ULID}`.");
    }
}
