namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The fields of one object (or items of one list) still running, in order. The first is kept inline because the
/// common case is a single field parked on a DataLoader per object; a list is allocated only for more.
/// </summary>
internal struct PendingValues
{
    private (int Index, ValueTask<object?> Value) _first;
    private List<(int Index, ValueTask<object?> Value)>? _more;

    /// <summary>How many values are pending.</summary>
    public int Count { get; private set; }

    /// <summary>The <paramref name="position"/>-th pending value and the index it completes.</summary>
    public readonly (int Index, ValueTask<object?> Value) this[int position] => position == 0 ? _first : _more![position - 1];

    /// <summary>Adds the value that completes <paramref name="index"/>; at most <paramref name="remaining"/> more may follow.</summary>
    public void Add(int index, ValueTask<object?> value, int remaining = 4)
    {
        if (Count == 0)
        {
            _first = (index, value);
        }
        else
        {
            // Sized once for the rest: a list whose items all wait on a loader (authors → books) fills it entirely.
            (_more ??= new(Math.Max(remaining + 1, 1))).Add((index, value));
        }

        Count++;
    }
}
