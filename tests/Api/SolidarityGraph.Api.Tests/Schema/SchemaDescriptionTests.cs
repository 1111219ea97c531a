using SolidarityGraph.Api.Tests.Schema.WholeSchema;
using Xunit.Abstractions;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// The schema documents itself (what the IDE's schema reference shows): every root field and every type has a
/// description, and at least 90% of the fields of object types do.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class SchemaDescriptionTests(GraphQLHost host, ITestOutputHelper output)
{
    private const double RequiredFieldCoverage = 0.90;

    [Fact]
    public async Task EveryRootFieldIsDescribed()
    {
        var schema = await SchemaAsync();
        var roots = new[] { schema.QueryType, "Mutation" }.Where(name => schema.Types.Any(t => t.Name == name));
        var missing = roots.SelectMany(root => schema[root].Fields.Where(f => IsBlank(f.Description)).Select(f => $"{root}.{f.Name}")).ToList();

        Assert.True(missing.Count == 0, "Root fields without a description:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task EveryTypeIsDescribed()
    {
        var schema = await SchemaAsync();
        var missing = schema.Types.Where(t => !t.IsIntrospection && IsBlank(t.Description)).Select(t => $"{t.Name} ({t.Kind})").Order().ToList();

        Assert.True(missing.Count == 0, "Types without a description:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task AtLeastNinetyPercentOfObjectFieldsAreDescribed()
    {
        var schema = await SchemaAsync();
        var fields = schema.Types.Where(t => t.Kind == "OBJECT" && !t.IsIntrospection).SelectMany(t => t.Fields.Select(f => (Type: t.Name, Field: f))).ToList();
        var undescribed = fields.Where(f => IsBlank(f.Field.Description)).Select(f => $"{f.Type}.{f.Field.Name}").ToList();
        var coverage = 1 - ((double)undescribed.Count / fields.Count);

        output.WriteLine($"Object fields described: {fields.Count - undescribed.Count} of {fields.Count} ({coverage:P1})");
        undescribed.ForEach(output.WriteLine);
        Assert.True(
            coverage >= RequiredFieldCoverage,
            $"Only {fields.Count - undescribed.Count} of {fields.Count} object fields ({coverage:P1}) have a description:\n" + string.Join("\n", undescribed));
    }

    private async Task<SchemaShape> SchemaAsync() => SchemaShape.Parse(await host.DataAsync(SchemaShape.IntrospectionQuery));

    private static bool IsBlank(string? description) => string.IsNullOrWhiteSpace(description);
}
