using SolidarityGraph.GraphQL.Execution.Scheduling;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The rest of a selection set whose walk yielded to a busy resolver (spec §6.3 ExecuteSelectionSet from the next
/// response key). Its map is already in the tree, so a null that must propagate travels up through the owners.
/// </summary>
internal sealed class PostponedFields(
    ExecutionContext context, GroupedFieldSet groups, ObjectType objectType, object? objectValue, ResultMap result, int start)
    : ExecutionWork
{
    public override void Run()
    {
        if (result.IsNulled)
        {
            return;
        }

        if (ReferenceEquals(Executor.ExecuteFields(context, groups, objectType, objectValue, result, start), Executor.PropagatedNull))
        {
            NullPropagation.PropagateAbove(result);
        }
    }
}

/// <summary>The rest of a list whose walk yielded to a busy resolver (spec §6.4.3 CompleteValue for the next items).</summary>
internal sealed class PostponedItems(ExecutionContext context, ListCompletion list, int start) : ExecutionWork
{
    public override void Run()
    {
        if (list.Result.IsNulled)
        {
            return;
        }

        if (ReferenceEquals(Executor.CompleteItems(context, list, start), Executor.PropagatedNull))
        {
            NullPropagation.PropagateAbove(list.Result);
        }
    }
}
