namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The value entries of one request's <see cref="ResultMap"/>s, handed out as consecutive slices of shared arrays
/// instead of one array per map. A list of objects completes hundreds of small maps (Q3 of the benchmark scenario:
/// 380 maps of three or four entries), and every array costs 24 bytes of header on top of its entries; slices cost
/// nothing but the unused tail of the last array.
/// </summary>
/// <remarks>
/// Arrays grow with the request (twice what it has taken so far, at most <see cref="LargestArray"/> entries), so a
/// small response stays small: its first map gets an array of exactly its size. The arrays are not pooled: a map
/// may outlive its request (the caller's result, the introspection results kept per document). Maps are created by
/// the completion of values, which runs in one flow at a time (<c>ExecutionModel.md</c>), so no lock is needed.
/// </remarks>
internal sealed class ResultValueStore
{
    private const int SmallestArray = 4;
    private const int LargestArray = 256;

    private object?[] _array = [];
    private int _next;
    private int _taken;

    // The most entries expected up front: an array below the large object heap's threshold (85,000 bytes).
    private const int LargestExpected = 8 * 1024;

    /// <summary>The entries handed out so far.</summary>
    public int Taken => _taken;

    /// <summary>
    /// Before the first map: the request is expected to take about <paramref name="count"/> entries (what the last
    /// request of the same document took), so they come from one array of that size instead of a series of growing ones.
    /// </summary>
    public void Expect(int count)
    {
        if (_taken == 0 && count > _array.Length)
        {
            _array = new object?[Math.Min(count, LargestExpected)];
            _next = 0;
        }
    }

    /// <summary>A slice of <paramref name="count"/> entries: the array, and the slice's first index in it.</summary>
    public object?[] Rent(int count, out int offset)
    {
        if (_next + count > _array.Length)
        {
            var size = _taken == 0 ? count : Math.Clamp(2 * _taken, SmallestArray, LargestArray);
            if (count > size)
            {
                // A map larger than any array of the store gets an array of its own.
                _taken += count;
                offset = 0;
                return new object?[count];
            }

            _array = new object?[size];
            _next = 0;
        }

        offset = _next;
        _next += count;
        _taken += count;
        return _array;
    }
}
