namespace SolidarityGraph.GraphQL.DataLoader;

/// <summary>Options of one DataLoader (PARITY.md §4: the same defaults as GreenDonut).</summary>
public sealed class DataLoaderOptions
{
    /// <summary>The defaults: batches of at most 1024 keys, values cached for the request.</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>The most keys handed to one batch-function call; a round splits larger batches. 0 or less: no limit.</summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>
    /// Keeps every fetched value (or error) for the rest of the request, so a key is fetched once per request.
    /// Off: a key is fetched once per round (keys requested together are still deduplicated).
    /// </summary>
    public bool Caching { get; init; } = true;
}
