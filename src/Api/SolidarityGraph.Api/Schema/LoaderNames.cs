using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// The DataLoader names of a projection, built once per relation: a relation asks for its loader on every parent, and
/// building the name each time was a string per parent. Entries go with the projection (shared plans live as long as
/// their document; projections of a selection that reads variables go with their values).
/// </summary>
internal static class LoaderNames
{
    /// <summary>The name <paramref name="build"/> gives <paramref name="projection"/> and <paramref name="relation"/> (a static lambda).</summary>
    public static string Of<T>(SelectionProjection<T> projection, string relation, Func<SelectionProjection<T>, string, string> build)
        where T : class
    {
        var names = Table<T>.Names.GetValue(projection, static _ => new Names());
        return names.Find(relation) ?? names.Add(relation, build(projection, relation));
    }

    private static class Table<T>
        where T : class
    {
        public static readonly ConditionalWeakTable<SelectionProjection<T>, Names> Names = new();
    }

    /// <summary>One projection's names by relation; copied on write, so lookups take no lock.</summary>
    private sealed class Names
    {
        private readonly Lock _gate = new();
        private (string Relation, string Name)[] _known = [];

        public string? Find(string relation)
        {
            foreach (var (known, name) in Volatile.Read(ref _known))
            {
                if (string.Equals(known, relation, StringComparison.Ordinal))
                {
                    return name;
                }
            }

            return null;
        }

        public string Add(string relation, string name)
        {
            lock (_gate)
            {
                if (Find(relation) is { } known)
                {
                    return known;
                }

                Volatile.Write(ref _known, [.. _known, (relation, name)]);
                return name;
            }
        }
    }
}
