using System.Collections.Frozen;
using System.Reflection;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Policy;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Node;

/// <summary>
/// The node types of the schema by GraphQL name. Names are public contract (they are inside every global ID): a rename
/// needs an alias entry here so old IDs keep decoding (PARITY.md §1).
/// </summary>
public static class NodeTypes
{
    private static readonly MethodInfo LoadMethod = typeof(NodeTypes).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly Type[] Entities =
    [
        typeof(Source), typeof(Citation), typeof(Organisation), typeof(PublicContact), typeof(Entrepreneur),
        typeof(Project), typeof(Budget), typeof(Participation), typeof(ProjectLocation), typeof(ProjectRole), typeof(Result),
        typeof(Indicator), typeof(IndicatorValue), typeof(Funding), typeof(Place), typeof(Event), typeof(EventSeries),
        typeof(Training), typeof(Campaign), typeof(PolicyProposal), typeof(Classification),
    ];

    private static readonly FrozenDictionary<string, Func<IResolverContext, string, Task<object?>>> Loaders =
        Entities.ToFrozenDictionary(
            t => t.Name,
            t => LoadMethod.MakeGenericMethod(t).CreateDelegate<Func<IResolverContext, string, Task<object?>>>(),
            StringComparer.Ordinal);

    /// <summary>Every node type name.</summary>
    public static IReadOnlySet<string> Names { get; } = Loaders.Keys.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan =
        ((FrozenSet<string>)Names).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The node type named <paramref name="name"/>, as the registered string (nothing allocated).</summary>
    public static bool TryGetName(ReadOnlySpan<char> name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? typeName) =>
        NamesBySpan.TryGetValue(name, out typeName);

    /// <summary>The CLR entity types behind the node types.</summary>
    public static IReadOnlyList<Type> EntityTypes => Entities;

    /// <summary>Loads the node <paramref name="typeName"/> with key <paramref name="key"/> (batched per type).</summary>
    public static Task<object?> LoadAsync(IResolverContext context, string typeName, string key) => Loaders[typeName](context, key);

    private static async Task<object?> LoadAsync<T>(IResolverContext context, string key)
        where T : EntityBase => await Schema.Loaders.ById<T>(context, key);
}
