using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The VariablesAreInputTypesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class VariablesAreInputTypesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new VariablesAreInputTypesRule();

    /// <summary>Validate: Variables are input types output types are invalid</summary>
    [Fact]
    public void VariablesAreInputTypesOutputTypesAreInvalid() => ExpectErrors(
            """

                  query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
                    field(a: $a, b: $b, c: $c)
                  }
            """,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (2, 21)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (2, 30)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (2, 50)));
}
