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

    /// <summary>The entity, built with only the members the selection (and its sort and cursor) reads.</summary>
    public object? Entity { get; set; }

    /// <summary>
    /// A value the entity cannot hold: a sort key value for cursors, a nested page or its count. The query's row layout
    /// says which slot holds what; slots are properties (not an array) so a shaper can set them in one member-init.
    /// </summary>
    public object? S0 { get; set; }

    /// <inheritdoc cref="S0"/>
    public object? S1 { get; set; }

    /// <inheritdoc cref="S0"/>
    public object? S2 { get; set; }

    /// <inheritdoc cref="S0"/>
    public object? S3 { get; set; }

    /// <inheritdoc cref="S0"/>
    public object? S4 { get; set; }

    /// <inheritdoc cref="S0"/>
    public object? S5 { get; set; }

    /// <inheritdoc cref="S0"/>
    public object? S6 { get; set; }

    /// <inheritdoc cref="S0"/>
    public object? S7 { get; set; }

    /// <summary>The row that holds slots 8 and up, when a shape needs more than eight.</summary>
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
