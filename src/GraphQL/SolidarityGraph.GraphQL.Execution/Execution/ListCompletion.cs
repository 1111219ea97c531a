using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// A list of objects (or of lists) while its items complete (spec §6.4.3 CompleteValue for a list type): the items,
/// the array the response holds, and the list's position in the result tree for null propagation. Lists of leaves
/// complete without one.
/// </summary>
internal sealed class ListCompletion(
    ListType type, FieldGroup group, ListItems source, object?[] items, ResponsePath path, ObjectType parentType, OutputField field, ResultSlot slot)
    : IResultNode
{
    public ListType Type { get; } = type;

    public FieldGroup Group { get; } = group;

    public ListItems Source { get; } = source;

    /// <summary>The completed items, serialized as the list.</summary>
    public object?[] Items { get; } = items;

    public ResponsePath Path { get; } = path;

    public ObjectType ParentType { get; } = parentType;

    public OutputField Field { get; } = field;

    public ResultSlot Slot { get; } = slot;

    public bool IsNulled { get; set; }

    public IResultNode Node => this;

    public void SetNull(int index) => Items[index] = null;
}
