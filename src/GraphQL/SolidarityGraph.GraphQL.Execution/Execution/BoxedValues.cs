namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Shared boxes for the values resolvers return most: small integers (counts, ratings, page numbers) and booleans.
/// A boxed value is immutable, so one box can stand for every occurrence; a list of reviews then allocates no box for
/// its stars.
/// </summary>
internal static class BoxedValues
{
    private const int Smallest = -128;
    private const int Largest = 1023;
    private static readonly object[] Ints = CreateInts();
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary><paramref name="value"/> boxed, from the shared boxes when it is small.</summary>
    public static object Int(int value) =>
        (uint)(value - Smallest) <= Largest - Smallest ? Ints[value - Smallest] : value;

    /// <summary><paramref name="value"/> boxed, always from a shared box.</summary>
    public static object Bool(bool value) => value ? True : False;

    private static object[] CreateInts()
    {
        var boxes = new object[Largest - Smallest + 1];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i + Smallest;
        }

        return boxes;
    }
}
