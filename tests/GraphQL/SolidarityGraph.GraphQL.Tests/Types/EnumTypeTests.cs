using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    private enum Colour
    {
        Red,
        Green,
    }

    private static EnumType Colours() => new EnumType("Colour")
        .AddValue(new EnumValue("RED", Colour.Red))
        .AddValue(new EnumValue("GREEN", Colour.Green) { DeprecationReason = "Too bright" });

    private static string Fails(Action action) => Assert.Throws<LeafCoercionException>(action).Message;

    [Fact]
    public void SerializesRuntimeValuesToNames()
    {
        Assert.Equal("GREEN", Colours().Serialize(Colour.Green));
        Assert.Equal("Enum \"Colour\" cannot represent value: \"RED\"", Fails(() => Colours().Serialize("RED")));
    }

    [Fact]
    public void ParsesNamesWithSuggestions()
    {
        Assert.Equal(Colour.Red, Colours().ParseValue("RED"));
        Assert.Equal(Colour.Green, Colours().ParseLiteral(new EnumValueNode("GREEN")));
        Assert.Equal("Value \"red\" does not exist in \"Colour\" enum. Did you mean the enum value \"RED\"?", Fails(() => Colours().ParseValue("red")));
        Assert.Equal("Enum \"Colour\" cannot represent non-string value: 1.", Fails(() => Colours().ParseValue(1)));
        Assert.Equal("Enum \"Colour\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Fails(() => Colours().ParseLiteral(new StringValueNode("RED"))));
        Assert.Equal("Value \"BLUE\" does not exist in \"Colour\" enum.", Fails(() => Colours().ParseLiteral(new EnumValueNode("BLUE"))));
    }

    [Fact]
    public void ValuesDefaultToTheirNames()
    {
        var value = new EnumValue("ACTIVE");

        Assert.Equal("ACTIVE", value.Value);
        Assert.Throws<ArgumentException>(() => new EnumValue("true"));
        Assert.True(Colours().Values["GREEN"].IsDeprecated);
    }
}
