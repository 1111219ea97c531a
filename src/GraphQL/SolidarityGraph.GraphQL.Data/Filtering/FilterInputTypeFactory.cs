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
        () => new InputObjectType(type.Name + "FilterInput")
        {
            Description = $"Conditions on {type.Name} values: a value matches when every condition given holds; `and` and `or` combine nested conditions.",
        },
        input => Complete(input, EntityModel.For(type)));

    private void Complete(InputObjectType input, EntityModel model)
    {
        var self = new ListType(new NonNullType(input));
        input.AddField(new InputField("and", self) { Description = "Matches when every one of these conditions holds." });
        input.AddField(new InputField("or", self) { Description = "Matches when at least one of these conditions holds." });
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
        () => new InputObjectType(leaf.Name + "OperationFilterInput")
        {
            Description = $"Operators on one {leaf.Name} value; every operator given must hold.",
        },
        input =>
        {
            foreach (var handler in FilterHandlers.Operations.Where(h => h.Supports(kind)))
            {
                input.AddField(new InputField(handler.Name, handler.TakesList ? new ListType(leaf) : leaf));
            }
        });

    private InputObjectType List(ObjectType item) => types.GetOrAdd(
        "List" + item.Name + "FilterInput",
        () => new InputObjectType("List" + item.Name + "FilterInput")
        {
            Description = $"Conditions on a list of {item.Name} values: `some`, `all` or `none` of the items match a condition, or `any` says whether the list has items.",
        },
        input =>
        {
            var itemFilter = For(item);
            foreach (var handler in FilterHandlers.Lists)
            {
                input.AddField(new InputField(handler.Name, handler.TakesBoolean ? SpecifiedScalars.Boolean : itemFilter));
            }
        });
}
