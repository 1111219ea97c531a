namespace SolidarityGraph.GraphQL.Data;

/// <summary>Leaves a property out of (<see langword="false"/>) or opts a protected property into filter inputs.</summary>
/// <param name="filterable">Whether the property is filterable.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class IsFilterableAttribute(bool filterable = true) : Attribute
{
    /// <summary>Whether the property is filterable.</summary>
    public bool Filterable { get; } = filterable;
}

/// <summary>Leaves a property out of (<see langword="false"/>) or opts a protected property into sort inputs.</summary>
/// <param name="sortable">Whether the property is sortable.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class IsSortableAttribute(bool sortable = true) : Attribute
{
    /// <summary>Whether the property is sortable.</summary>
    public bool Sortable { get; } = sortable;
}

/// <summary>Always (<see langword="true"/>) or never (<see langword="false"/>) reads a property through projections.</summary>
/// <param name="projected">Whether the property is projected.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class IsProjectedAttribute(bool projected = true) : Attribute
{
    /// <summary>Whether the property is projected.</summary>
    public bool Projected { get; } = projected;
}
