using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Sorting;

/// <summary>One ordering key: a null-safe member path over the entity and its direction.</summary>
/// <param name="Path">The GraphQL field path, e.g. <c>organisation.name</c>; part of the cursor's order signature.</param>
/// <param name="Key">The key selector (entity → value).</param>
/// <param name="Descending">Whether the key sorts descending.</param>
internal sealed record SortKey(string Path, LambdaExpression Key, bool Descending)
{
    public Type Type => Key.ReturnType;

    public SortKey Reversed() => this with { Descending = !Descending };
}
