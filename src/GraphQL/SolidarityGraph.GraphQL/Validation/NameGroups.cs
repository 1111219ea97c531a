namespace SolidarityGraph.GraphQL.Validation;

/// <summary>Groups nodes by name in first-seen order, for the "there can be only one …" rules.</summary>
internal static class NameGroups
{
    /// <summary>The groups of two or more items sharing a name, in the order each name first appears.</summary>
    public static IEnumerable<IGrouping<string, T>> Duplicates<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.GroupBy(name, StringComparer.Ordinal).Where(g => g.Skip(1).Any());
}
