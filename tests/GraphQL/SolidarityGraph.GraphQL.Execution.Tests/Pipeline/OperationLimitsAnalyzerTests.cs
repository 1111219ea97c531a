using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.Execution.Tests.Pipeline;

/// <summary>Depth, field and alias limits over operations with fragments expanded; introspection exempt.</summary>
public sealed class OperationLimitsAnalyzerTests
{
    private static readonly OperationLimits Small = new() { MaxFieldDepth = 3, MaxFields = 5, MaxAliases = 1 };

    [Theory]
    [InlineData("{ node { child { id } } }")]
    [InlineData("{ a: hello node { id name } }")]
    [InlineData("{ node { ...F } } fragment F on Node { child { id } }")]
    [InlineData("{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }")]
    [InlineData("{ __type(name: \"Node\") { fields { type { ofType { ofType { ofType { name kind } } } } } } }")]
    public void WithinTheLimits(string query) => Assert.Null(Check(query));

    [Theory]
    [InlineData("{ node { child { child { id } } } }", RequestErrorCodes.MaxFieldDepth)]
    [InlineData("{ node { ...F } } fragment F on Node { child { ... on Node { child { id } } } }", RequestErrorCodes.MaxFieldDepth)]
    [InlineData("{ hello node { id name child { id } } }", RequestErrorCodes.MaxFields)]
    [InlineData("{ node { ...F ...F ...F } } fragment F on Node { id name }", RequestErrorCodes.MaxFields)]
    [InlineData("{ a: hello b: hello }", RequestErrorCodes.MaxAliases)]
    [InlineData("{ node { ...F } node2: node { ...F } } fragment F on Node { x: id }", RequestErrorCodes.MaxAliases)]
    public void BeyondALimit(string query, string code) => Assert.Equal(code, Check(query)?.Code);

    [Fact]
    public void AnAliasEqualToTheFieldNameIsNoAlias() => Assert.Null(Check("{ hello: hello node: node { id } }"));

    [Fact]
    public void ErrorPointsAtTheFieldThatCrossedTheLimit()
    {
        var error = Check("{ node {\n  child {\n    child { id } } } }");
        Assert.Equal(3, error!.Locations[0].Line);
        Assert.Equal(13, error.Locations[0].Column); // the id below the third level
    }

    [Fact]
    public void ExponentialFragmentExpansionStopsAtTheBudget()
    {
        // 2^40 selections once expanded: the analyzer must stop after a bounded amount of work.
        var document = new System.Text.StringBuilder("{ ...L0 }\n");
        for (var i = 0; i < 40; i++)
        {
            document.Append($"fragment L{i} on Query {{ ...L{i + 1} ...L{i + 1} }}\n");
        }

        document.Append("fragment L40 on Query { __typename }\n");
        var error = Check(document.ToString(), new OperationLimits());
        Assert.Equal(RequestErrorCodes.MaxFields, error?.Code);
    }

    private static Errors.GraphQLError? Check(string query, OperationLimits? limits = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().First();
        return OperationLimitsAnalyzer.Check(document, operation, limits ?? Small);
    }
}
