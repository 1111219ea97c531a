using System.Text.Json;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §6.4.2 ResolveFieldValue without a resolver: the parent's member named like the field.</summary>
public sealed class DefaultFieldResolverTests
{
    private sealed class Person
    {
        public string FirstName { get; init; } = "Ada";

        public string firstName { get; init; } = "exact";

        public int Age = 36;

        public string this[int index] => "indexer";

        private string Secret { get; } = "hidden";

        public string Reveal() => Secret;
    }

    private sealed class Named
    {
        public string FirstName { get; } = "Ada";
    }

    [Fact]
    public void ClrPropertiesMatchIgnoringCaseButPreferTheExactName()
    {
        var person = new Person();
        Assert.Equal("exact", DefaultFieldResolver.ResolveMember(person, "firstName"));
        Assert.Equal("Ada", DefaultFieldResolver.ResolveMember(new Named(), "firstName"));
        Assert.Equal(36, DefaultFieldResolver.ResolveMember(person, "age"));
        Assert.Null(DefaultFieldResolver.ResolveMember(person, "secret"));
        Assert.Null(DefaultFieldResolver.ResolveMember(person, "missing"));
    }

    private sealed class Counts
    {
        public int Value { get; init; }

        public bool Flag { get; init; }
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-129)]
    [InlineData(-128)]
    [InlineData(0)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(int.MaxValue)]
    public void IntegersAndBooleansReadTheSameWithOrWithoutASharedBox(int value)
    {
        // Small integers and booleans come from shared boxes; the values must not change at the edges of the cache.
        Assert.Equal(value, DefaultFieldResolver.ResolveMember(new Counts { Value = value }, "value"));
        Assert.Equal(value % 2 == 0, DefaultFieldResolver.ResolveMember(new Counts { Flag = value % 2 == 0 }, "flag"));
        Assert.Same(BoxedValues.Int(7), DefaultFieldResolver.ResolveMember(new Counts { Value = 7 }, "value"));
    }

    [Fact]
    public void DictionariesAndJsonObjectsAreReadByKey()
    {
        Assert.Equal(1, DefaultFieldResolver.ResolveMember(new Dictionary<string, object?> { ["a"] = 1 }, "a"));
        var json = JsonDocument.Parse("""{"a": 1, "b": 2.5, "c": "x", "d": true, "e": null, "f": [1], "g": 5000000000}""").RootElement;
        Assert.Equal(1, DefaultFieldResolver.ResolveMember(json, "a"));
        Assert.Equal(2.5, DefaultFieldResolver.ResolveMember(json, "b"));
        Assert.Equal("x", DefaultFieldResolver.ResolveMember(json, "c"));
        Assert.Equal(true, DefaultFieldResolver.ResolveMember(json, "d"));
        Assert.Null(DefaultFieldResolver.ResolveMember(json, "e"));
        Assert.IsType<JsonElement>(DefaultFieldResolver.ResolveMember(json, "f"));
        Assert.Equal(5000000000L, DefaultFieldResolver.ResolveMember(json, "g"));
    }

    [Fact]
    public void PrimitiveAndNullParentsHaveNoFields()
    {
        Assert.Null(DefaultFieldResolver.ResolveMember("text", "length"));
        Assert.Null(DefaultFieldResolver.ResolveMember(null, "a"));
    }

    [Fact]
    public void AccessorsAreCompiledOncePerTypeAndName()
    {
        var first = MemberAccessors.Get(typeof(Person), "age");
        Assert.Same(first, MemberAccessors.Get(typeof(Person), "age"));
        Assert.Null(MemberAccessors.Get(typeof(Person), "nothing"));
    }
}
