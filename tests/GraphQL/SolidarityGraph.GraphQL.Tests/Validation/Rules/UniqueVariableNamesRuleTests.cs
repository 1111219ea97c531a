using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueVariableNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueVariableNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new UniqueVariableNamesRule();

    /// <summary>Validate: Unique variable names unique variable names</summary>
    [Fact]
    public void UniqueVariableNames() => ExpectValid(
            """

                  query A($x: Int, $y: String) { __typename }
                  query B($x: String, $y: Int) { __typename }
            """);

    /// <summary>Validate: Unique variable names duplicate variable names</summary>
    [Fact]
    public void DuplicateVariableNames() => ExpectErrors(
            """

                  query A($x: Int, $x: Int, $x: String) { __typename }
                  query B($x: String, $x: Int) { __typename }
                  query C($x: Int, $x: Int) { __typename }
            """,
            Error("There can be only one variable named \"$x\".", (2, 16), (2, 25), (2, 34)),
            Error("There can be only one variable named \"$x\".", (3, 16), (3, 28)),
            Error("There can be only one variable named \"$x\".", (4, 16), (4, 25)));
}
