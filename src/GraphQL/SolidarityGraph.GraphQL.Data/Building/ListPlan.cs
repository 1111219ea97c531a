using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.Data.Paging;
using SolidarityGraph.GraphQL.Data.Sorting;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>How one list level is read: filter, order, page window and the projection of its items.</summary>
internal sealed class ListPlan
{
    public required DataFieldModel? Field { get; init; }

    public required EntityModel Model { get; init; }

    public LambdaExpression? Filter { get; init; }

    /// <summary>The sort keys; for paged lists the entity key is the last one.</summary>
    public IReadOnlyList<SortKey> Order { get; init; } = Array.Empty<SortKey>();

    public PagingArguments? Paging { get; init; }

    public object?[]? After { get; init; }

    public object?[]? Before { get; init; }

    public string Signature { get; init; } = "";

    /// <summary>The total count is selected (and available).</summary>
    public bool CountNeeded { get; init; }

    public required EntityProjection Projection { get; init; }

    public bool IsCursor => Field?.IsCursor == true;

    public bool IsOffset => Field?.IsOffset == true;

    /// <summary>The level reads a bounded window (<c>LIMIT</c>), which EF Core on SQLite cannot combine with nested collections below it (no <c>APPLY</c>).</summary>
    public bool HasTake => Paging is not null;
}

/// <summary>What is read of each entity of a level.</summary>
internal sealed class EntityProjection
{
    public required EntityModel Model { get; init; }

    /// <summary>Read the whole entity (no projection requested, or the type cannot be built member by member).</summary>
    public bool WholeEntity { get; set; }

    /// <summary>The leaf members copied into the new entity; always includes the key.</summary>
    public List<MemberInfo> Members { get; } = new();

    public List<ChildPlan> Children { get; } = new();

    /// <summary>Whether a list is read anywhere below this level.</summary>
    public bool HasCollections => Children.Any(c => c is ListChild || (c is ObjectChild o && o.Projection.HasCollections));

    public MemberInfo? Key { get; init; }
}

/// <summary>A navigation read together with its parent entity.</summary>
internal abstract record ChildPlan(EntityMember Member);

/// <summary>A reference navigation, projected as a nested entity (SQL: a LEFT JOIN).</summary>
internal sealed record ObjectChild(EntityMember Member, EntityProjection Projection) : ChildPlan(Member);

/// <summary>
/// A collection navigation. With <see cref="ResponseKey"/> it is a data field (connection, segment or filtered list)
/// whose result is kept in <see cref="Projections.ProjectionState"/>; without, the list is assigned to the member.
/// </summary>
internal sealed record ListChild(EntityMember Member, ListPlan Plan, string? ResponseKey) : ChildPlan(Member);
