namespace SolidarityGraph.Testing;

/// <summary>Shared GraphQL documents for tests: the kitchen sinks that exercise every syntax production.</summary>
public static class Fixtures
{
    /// <summary>An executable document using every operation, selection, fragment, variable and value form.</summary>
    public static string KitchenSinkQuery => Read("KitchenSinkQuery.graphql");

    /// <summary>A type-system document using every definition, extension, directive location and value form.</summary>
    public static string KitchenSinkSchema => Read("KitchenSinkSchema.graphql");

    private static string Read(string fileName)
    {
        var name = "SolidarityGraph.Testing.Fixtures." + fileName;
        using var stream = typeof(Fixtures).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded fixture '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
