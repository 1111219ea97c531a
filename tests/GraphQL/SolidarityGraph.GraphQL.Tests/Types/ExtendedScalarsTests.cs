using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Tests.Types;

public sealed class ExtendedScalarsTests
{
    private static string Fails(Action action) => Assert.Throws<LeafCoercionException>(action).Message;

    [Fact]
    public void DateTimeRoundTripsRfc3339()
    {
        var scalar = ExtendedScalars.DateTime();
        var value = (DateTimeOffset)scalar.ParseLiteral(new StringValueNode("2025-09-01T08:30:00.5+02:00"))!;

        Assert.Equal(new DateTimeOffset(2025, 9, 1, 8, 30, 0, 500, TimeSpan.FromHours(2)), value);
        Assert.Equal("2025-09-01T08:30:00.5+02:00", scalar.Serialize(value));
        Assert.Equal("2025-09-01T06:30:00.5Z", scalar.Serialize(value.ToUniversalTime()));
        Assert.Equal("https://www.graphql-scalars.com/date-time/", scalar.SpecifiedByUrl);
    }

    [Theory]
    [InlineData("2025-09-01")]
    [InlineData("2025-09-01T08:30:00")]
    [InlineData("2025-13-01T08:30:00Z")]
    [InlineData("2025-09-01 08:30:00Z")]
    public void DateTimeRejectsTextWithoutOffsetOrInvalid(string text) =>
        Assert.Equal($"DateTime cannot represent value: \"{text}\"", Fails(() => ExtendedScalars.DateTime().ParseValue(text)));

    [Fact]
    public void DateTimeRejectsUnspecifiedKind() =>
        Assert.StartsWith("DateTime cannot represent value:", Fails(() => ExtendedScalars.DateTime().Serialize(new DateTime(2025, 1, 1))));

    [Fact]
    public void DateParsesCalendarDates()
    {
        var scalar = ExtendedScalars.Date();

        Assert.Equal(new DateOnly(2025, 2, 28), scalar.ParseValue("2025-02-28"));
        Assert.Equal("2025-02-28", scalar.Serialize(new DateOnly(2025, 2, 28)));
        Assert.Equal("Date cannot represent value: \"2025-02-30\"", Fails(() => scalar.ParseValue("2025-02-30")));
    }

    [Fact]
    public void DecimalIsExactAndSerializedAsString()
    {
        var scalar = ExtendedScalars.Decimal();

        Assert.Equal(0.1m, scalar.ParseLiteral(new FloatValueNode("0.1")));
        Assert.Equal(79228162514264337593543950335m, scalar.ParseLiteral(new IntValueNode("79228162514264337593543950335")));
        Assert.Equal(1234.50m, scalar.ParseValue("1234.50"));
        Assert.Equal("1234.50", scalar.Serialize(1234.50m));
        Assert.Equal("Decimal cannot represent value: \"abc\"", Fails(() => scalar.ParseValue("abc")));
        Assert.Equal("Decimal cannot represent value: true", Fails(() => scalar.ParseLiteral(new BooleanValueNode(true))));
    }

    [Fact]
    public void LongCoversSixtyFourBits()
    {
        var scalar = ExtendedScalars.Long();

        Assert.Equal(long.MaxValue, scalar.ParseLiteral(new IntValueNode("9223372036854775807")));
        Assert.Equal(5L, scalar.Serialize(5));
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            Fails(() => scalar.ParseLiteral(new IntValueNode("9223372036854775808"))));
        Assert.Equal("Long cannot represent non-integer value: 1.5", Fails(() => scalar.ParseValue(1.5)));
    }

    [Fact]
    public void UuidAcceptsAllGuidFormatsAndWritesD()
    {
        var scalar = ExtendedScalars.Uuid();
        var id = Guid.Parse("0190d6d2-7a5e-7c3a-9a41-3f1c2b0d4e5f");

        Assert.Equal(id, scalar.ParseValue("0190d6d27a5e7c3a9a413f1c2b0d4e5f"));
        Assert.Equal(id, scalar.ParseValue("{0190d6d2-7a5e-7c3a-9a41-3f1c2b0d4e5f}"));
        Assert.Equal("0190d6d2-7a5e-7c3a-9a41-3f1c2b0d4e5f", scalar.Serialize(id));
        Assert.Equal("UUID cannot represent value: \"nope\"", Fails(() => scalar.ParseValue("nope")));
    }

    [Fact]
    public void UrlRequiresAbsoluteUrls()
    {
        var scalar = ExtendedScalars.Url();

        Assert.Equal(new Uri("https://example.org/a"), scalar.ParseValue("https://example.org/a"));
        Assert.Equal("URL cannot represent value: \"/relative\"", Fails(() => scalar.ParseValue("/relative")));
        Assert.Equal("https://example.org/a", scalar.Serialize(new Uri("https://example.org/a")));
    }

    [Fact]
    public void CreateAllGivesFreshInstancesByName()
    {
        var first = ExtendedScalars.CreateAll();

        Assert.Equal(new[] { "DateTime", "Date", "Decimal", "Long", "UUID", "URL" }, first.Keys);
        Assert.NotSame(first["DateTime"], ExtendedScalars.CreateAll()["DateTime"]);
    }
}
