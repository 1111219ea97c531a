using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Execution.Tests.Execution;

/// <summary>IResolverContext.Fragments: a resolver reads its selection through fragment spreads (spec §6.3.2).</summary>
public sealed class ResolverContextFragmentsTests
{
    [Fact]
    public async Task AResolverSeesTheDocumentsFragmentsByName()
    {
        IReadOnlyDictionary<string, FragmentDefinitionNode>? seen = null;
        FieldResolver author = context =>
        {
            seen = context.Fragments;
            return new ValueTask<object?>(ExecutionHarness.Map(("name", "Ada"), ("born", 1815)));
        };
        var schema = ExecutionHarness.Schema(
            "type Query { author: Author } type Author { name: String born: Int }",
            new SchemaBuildOptions().AddResolver("Query", "author", author));

        var result = await ExecutionHarness.RunAsync(
            schema, "{ author { ...Names ...Dates } } fragment Names on Author { name } fragment Dates on Author { born }");

        Assert.Equal("{\"data\":{\"author\":{\"name\":\"Ada\",\"born\":1815}}}", ResultWriter.ToJson(result));
        Assert.NotNull(seen);
        Assert.Equal(["Dates", "Names"], seen!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("born", ((FieldNode)seen["Dates"].SelectionSet.Selections[0]).Name.Value);
    }

    [Fact]
    public async Task WithoutFragmentsTheDictionaryIsEmpty()
    {
        IReadOnlyDictionary<string, FragmentDefinitionNode>? seen = null;
        var schema = ExecutionHarness.Schema(
            "type Query { hello: String }",
            new SchemaBuildOptions().AddResolver("Query", "hello", context =>
            {
                seen = context.Fragments;
                return new ValueTask<object?>("world");
            }));

        await ExecutionHarness.RunAsync(schema, "{ hello }");

        Assert.NotNull(seen);
        Assert.Empty(seen!);
    }
}
