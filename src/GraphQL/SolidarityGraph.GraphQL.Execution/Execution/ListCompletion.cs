using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// A list of objects (or of lists) in the result tree while its items complete: the array the response holds and the
/// list's own position, for null propagation. Lists of leaves complete without one.
/// </summary>
internal sealed class ResultList(object?[] items, ResultSlot slot) : IResultNode
{
    // The slot's parts as fields: the struct's padding would add 8 bytes to every list.
    private readonly IResultNode? _owner = slot.Owner;
    private readonly int _ownerIndex = slot.Index;
    private readonly bool _nonNull = slot.NonNull;

    /// <summary>The completed items, serialized as the list.</summary>
    public object?[] Items { get; } = items;

    public ResultSlot Slot => new(_owner, _ownerIndex, _nonNull);

    public bool IsNulled { get; set; }

    public void SetNull(int index) => Items[index] = null;
}

/// <summary>What completing the items of one list needs (spec §6.4.3 CompleteValue for a list type).</summary>
internal readonly record struct ListCompletion(
    ListType Type, FieldGroup Group, ListItems Source, ResultList Result, ObjectType ParentType, OutputField Field);
