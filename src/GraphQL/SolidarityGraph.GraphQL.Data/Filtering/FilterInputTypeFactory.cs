using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Data.Filtering;

/// <summary>
/// Generates <c>{Type}FilterInput</c> for an object type (with <c>and</c>/<c>or</c>, one field per filterable member),
/// <c>{Leaf}OperationFilterInput</c> per scalar or enum, and <c>List{Type}FilterInput</c> for collections.
/// </summary>
internal sealed class FilterInputTypeFactory(GeneratedTypes types)
{
    public InputObjectType For(ObjectType type) => types.GetOrAdd(
        type.Name + "FilterInput",
        () => new InputObjectType(type.Name + "FilterInput"),
        input => Complete(input, EntityModel.For(type)));

    private void Complete(InputObjectType input, EntityModel model)
    {
        var self = new ListType(new NonNullType(input));
        input.AddField(new InputField("and", self));
        input.AddField(new InputField("or", self));
        foreach (var member in model.Members.Values.Where(m => m.IsFilterable))
        {
            INamedType? fieldType = member.Kind switch
            {
                MemberKind.Leaf => Operations(member.LeafType!, FilterKinds.Of(member.ClrType)),
                MemberKind.Object when member.Target!.RuntimeType is not null => For(member.Target),
                MemberKind.List when member.Target!.RuntimeType is not null => List(member.Target),
                _ => null,
            };
            if (fieldType is not null)
            {
                input.AddField(new InputField(member.Name, fieldType) { Description = member.Field.Description });
            }
        }
    }

    private InputObjectType Operations(INamedType leaf, FilterKind kind) => types.GetOrAdd(
        leaf.Name + "OperationFilterInput",
        () => new InputObjectType(leaf.Name + "OperationFilterInput"),
        input =>
        {
            foreach (var handler in FilterHandlers.Operations.Where(h => h.Supports(kind)))
            {
                input.AddField(new InputField(handler.Name, handler.TakesList ? new ListType(leaf) : leaf));
            }
        });

    private InputObjectType List(ObjectType item) => types.GetOrAdd(
        "List" + item.Name + "FilterInput",
        () => new InputObjectType("List" + item.Name + "FilterInput"),
        input =>
        {
            var itemFilter = For(item);
            foreach (var handler in FilterHandlers.Lists)
            {
                input.AddField(new InputField(handler.Name, handler.TakesBoolean ? SpecifiedScalars.Boolean : itemFilter));
            }
        });
}
