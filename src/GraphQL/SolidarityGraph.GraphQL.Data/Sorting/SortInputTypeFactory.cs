using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Sorting;

/// <summary>Generates <c>{Type}SortInput</c> (one field per sortable leaf or nested object) and <c>SortEnumType</c>.</summary>
internal sealed class SortInputTypeFactory(GeneratedTypes types)
{
    public const string SortEnumTypeName = "SortEnumType";

    public InputObjectType For(ObjectType type) => types.GetOrAdd(
        type.Name + "SortInput",
        () => new InputObjectType(type.Name + "SortInput")
        {
            Description = $"One sort key of {type.Name} values: give one field with its direction; list several keys in `order` to break ties.",
        },
        input =>
        {
            foreach (var member in EntityModel.For(type).Members.Values.Where(m => m.IsSortable))
            {
                INamedType? fieldType = member.Kind == MemberKind.Leaf ? SortEnum()
                    : member.Target!.RuntimeType is not null ? For(member.Target) : null;
                if (fieldType is not null)
                {
                    input.AddField(new InputField(member.Name, fieldType) { Description = member.Field.Description });
                }
            }
        });

    private EnumType SortEnum() => types.GetOrAdd(
        SortEnumTypeName,
        () => new EnumType(SortEnumTypeName) { Description = "The direction of a sort key." },
        type =>
        {
            type.AddValue(new EnumValue("ASC", SortDirection.Ascending) { Description = "Smallest, earliest or alphabetically first value first." });
            type.AddValue(new EnumValue("DESC", SortDirection.Descending) { Description = "Largest, latest or alphabetically last value first." });
        });
}

/// <summary>The values of <c>SortEnumType</c>.</summary>
internal enum SortDirection
{
    Ascending,
    Descending,
}
