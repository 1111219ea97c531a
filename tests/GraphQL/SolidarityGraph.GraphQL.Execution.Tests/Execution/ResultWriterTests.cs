using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>Spec §7.1 Response Format as written by <see cref="ResultWriter"/>.</summary>
public sealed class ResultWriterTests
{
    [Fact]
    public void ErrorsComeFirstAndEmptyErrorsAreLeftOut()
    {
        var data = new ResultMap();
        data.Add("b", 1);
        data.Add("a", new object?[] { 1.5, null, "é", 2L, true });
        Assert.Equal("{\"data\":{\"b\":1,\"a\":[1.5,null,\"é\",2,true]}}", ResultWriter.ToJson(ExecutionResult.FromData(data, Array.Empty<GraphQLError>())));

        var error = new GraphQLError("bad", new[] { new SourceLocation(2, 3) }, new object[] { "a", 0 });
        Assert.Equal(
            "{\"errors\":[{\"message\":\"bad\",\"locations\":[{\"line\":2,\"column\":3}],\"path\":[\"a\",0]}],\"data\":null}",
            ResultWriter.ToJson(ExecutionResult.FromData(null, new[] { error })));
    }

    [Fact]
    public void RequestErrorsHaveNoDataEntry()
    {
        var json = ResultWriter.ToJson(ExecutionResult.FromRequestErrors(new[] { new GraphQLError("no") }));
        Assert.Equal("{\"errors\":[{\"message\":\"no\"}]}", json);
    }

    [Fact]
    public void CustomScalarShapesAreWrittenAsJson()
    {
        var data = new ResultMap();
        data.Add("map", new Dictionary<string, object?> { ["x"] = 1, ["y"] = new List<object?> { "a" } });
        data.Add("json", System.Text.Json.JsonDocument.Parse("{\"k\":[1]}").RootElement);
        data.Add("nan", double.NaN);
        Assert.Equal("{\"data\":{\"map\":{\"x\":1,\"y\":[\"a\"]},\"json\":{\"k\":[1]},\"nan\":null}}", ResultWriter.ToJson(ExecutionResult.FromData(data, Array.Empty<GraphQLError>())));
    }

    [Fact]
    public void ResultMapKeepsInsertionOrderAndLooksUpByKey()
    {
        var map = new ResultMap(1);
        map.Add("z", 1);
        map.Add("a", 2);
        map.Add("m", 3);
        Assert.Equal(new[] { "z", "a", "m" }, map.Keys);
        Assert.Equal(2, map["a"]);
        Assert.False(map.ContainsKey("b"));
        Assert.Throws<KeyNotFoundException>(() => map["b"]);
    }
}
