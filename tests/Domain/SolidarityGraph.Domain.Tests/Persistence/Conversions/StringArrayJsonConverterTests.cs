using System.Text.Json;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence.Conversions;

namespace SolidarityGraph.Domain.Tests.Persistence.Conversions;

public sealed class StringArrayJsonConverterTests
{
    [Fact]
    public void IdsAreQuotedAsTheyAre()
    {
        var (a, b) = (EntityId.New(), EntityId.New());

        Assert.Equal($"[\"{a}\",\"{b}\"]", StringArrayJsonConverter.ToJson([a, b]));
    }

    [Fact]
    public void AnEmptyListIsAnEmptyArray() => Assert.Equal("[]", StringArrayJsonConverter.ToJson([]));

    [Fact]
    public void ANullElementIsJsonNull() =>
        Assert.Equal("[null,\"a\",null]", StringArrayJsonConverter.ToJson([null, "a", null]));

    [Theory]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000x\u0001\u001F", "\"\\u0000x\\u0001\\u001F\"")]
    [InlineData("\u007F <>&'+/`", "\"\u007F <>&'+/`\"")] // nothing JSON does not require
    [InlineData("ünï©ødé 日本 😀", "\"ünï©ødé 日本 😀\"")] // non-ASCII kept as is: SQLite reads UTF-8 text
    [InlineData("", "\"\"")]
    [InlineData("\"\"\\", "\"\\\"\\\"\\\\\"")]
    public void EscapesOnlyWhatJsonRequires(string value, string expected) =>
        Assert.Equal($"[{expected},{expected}]", StringArrayJsonConverter.ToJson([value, value]));

    [Fact]
    public void EveryAsciiCharacterAndSomeOthersReadBackUnchanged()
    {
        string?[] values =
        [
            .. Enumerable.Range(0, 128).Select(c => $"{(char)c}"),
            string.Concat(Enumerable.Range(0, 128).Select(c => (char)c)),
            "plain", "ünï©ødé 日本 😀", "\u2028\u2029", "x\"", "\\", "\n", null, "",
        ];

        var json = StringArrayJsonConverter.ToJson(values);

        Assert.Equal(values, JsonSerializer.Deserialize<string?[]>(json));
        Assert.Equal(values, StringArrayJsonConverter.FromJson(json));
        Assert.Equal(values, new StringArrayJsonConverter().ConvertFromProvider(new StringArrayJsonConverter().ConvertToProvider(values)));
    }

    [Fact]
    public void ReadsWhatEveryJsonWriterWrites()
    {
        string?[] values = ["a\"b", "ü", null, "<&>", "\u0001"];

        Assert.Equal(values, StringArrayJsonConverter.FromJson(JsonSerializer.Serialize(values)));
    }
}
