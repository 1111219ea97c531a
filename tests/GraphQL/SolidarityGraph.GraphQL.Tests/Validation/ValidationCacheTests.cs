using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Tests.Validation;

public sealed class ValidationCacheTests
{
    private static readonly SolidarityGraph.GraphQL.Types.Schema Schema = ValidationHarness.BuildSchema(HarnessSchema.Sdl);

    [Fact]
    public void ReturnsTheRememberedResultForTheSameHash()
    {
        var cache = new ValidationCache();
        const string query = "{ dog { nope } }";
        var hash = ValidationCache.ComputeHash(query);

        var first = cache.Validate(Schema, Parser.Parse(query), hash);
        var second = cache.Validate(Schema, Parser.Parse(query), hash);

        Assert.Single(first);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void KeysBySchemaInstanceAndOptions()
    {
        var cache = new ValidationCache();
        const string query = "{ dog { nam } }";
        var hash = ValidationCache.ComputeHash(query);
        var otherSchema = SolidarityGraph.GraphQL.Utilities.SchemaBuilder.Build(HarnessSchema.Sdl);

        var a = cache.Validate(Schema, Parser.Parse(query), hash);
        var b = cache.Validate(otherSchema, Parser.Parse(query), hash);
        var c = cache.Validate(Schema, Parser.Parse(query), hash, options: new ValidationOptions { HideSuggestions = true });

        Assert.NotSame(a, b);
        Assert.NotEqual(a[0].Message, c[0].Message);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void EvictsTheLeastRecentlyUsed()
    {
        var cache = new ValidationCache(capacity: 2);
        var queries = new[] { "{ dog { name } }", "{ cat { name } }", "{ pet { name } }" };
        var document = Parser.Parse(queries[0]);
        var first = cache.Validate(Schema, document, ValidationCache.ComputeHash(queries[0]));
        cache.Validate(Schema, Parser.Parse(queries[1]), ValidationCache.ComputeHash(queries[1]));

        // Touch the first so that the second is the oldest when the third arrives.
        Assert.Same(first, cache.Validate(Schema, document, ValidationCache.ComputeHash(queries[0])));
        cache.Validate(Schema, Parser.Parse(queries[2]), ValidationCache.ComputeHash(queries[2]));

        Assert.Equal(2, cache.Count);
        Assert.Same(first, cache.Validate(Schema, document, ValidationCache.ComputeHash(queries[0])));
    }

    [Fact]
    public void IsSafeUnderConcurrentUse()
    {
        var cache = new ValidationCache(capacity: 8);
        var queries = Enumerable.Range(0, 32).Select(i => $"{{ dog {{ a{i}: name }} }}").ToArray();

        Parallel.For(0, 2000, i =>
        {
            var query = queries[i % queries.Length];
            Assert.Empty(cache.Validate(Schema, Parser.Parse(query), ValidationCache.ComputeHash(query)));
        });

        Assert.True(cache.Count <= 8);
    }

    [Fact]
    public void HashIsStableHex()
    {
        Assert.Equal(ValidationCache.ComputeHash("{ a }"), ValidationCache.ComputeHash("{ a }"));
        Assert.NotEqual(ValidationCache.ComputeHash("{ a }"), ValidationCache.ComputeHash("{ b }"));
        Assert.Matches("^[0-9A-F]{64}$", ValidationCache.ComputeHash("{ a }"));
    }
}
