using System.ComponentModel;
using System.Reflection;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// One projected row: the entity (built with only the selected members) plus slots for what the entity cannot hold
/// itself: sort key values for cursors, nested pages and their counts. Slots are <see cref="object"/> so one class
/// serves every shape; more than eight chain through <see cref="More"/>. Public only because query providers
/// construct it inside their compiled shapers.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ProjectedRow
{
    internal const int SlotsPerRow = 8;

    internal static readonly PropertyInfo EntityProperty = typeof(ProjectedRow).GetProperty(nameof(Entity))!;

    internal static readonly PropertyInfo MoreProperty = typeof(ProjectedRow).GetProperty(nameof(More))!;

    internal static readonly PropertyInfo[] SlotProperties = Enumerable.Range(0, SlotsPerRow)
        .Select(i => typeof(ProjectedRow).GetProperty("S" + i)!).ToArray();

    /// <summary>The entity.</summary>
    public object? Entity { get; set; }

    /// <summary>Slot 0.</summary>
    public object? S0 { get; set; }

    /// <summary>Slot 1.</summary>
    public object? S1 { get; set; }

    /// <summary>Slot 2.</summary>
    public object? S2 { get; set; }

    /// <summary>Slot 3.</summary>
    public object? S3 { get; set; }

    /// <summary>Slot 4.</summary>
    public object? S4 { get; set; }

    /// <summary>Slot 5.</summary>
    public object? S5 { get; set; }

    /// <summary>Slot 6.</summary>
    public object? S6 { get; set; }

    /// <summary>Slot 7.</summary>
    public object? S7 { get; set; }

    /// <summary>The next eight slots.</summary>
    public ProjectedRow? More { get; set; }

    internal object? Slot(int index)
    {
        var row = this;
        for (; index >= SlotsPerRow; index -= SlotsPerRow)
        {
            row = row?.More;
        }

        return row is null ? null : (object?)SlotProperties[index].GetValue(row);
    }
}
