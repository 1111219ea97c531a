using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The NoUnusedVariablesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class NoUnusedVariablesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new NoUnusedVariablesRule();

    /// <summary>Validate: No unused variables uses all variables</summary>
    [Fact]
    public void UsesAllVariables() => ExpectValid(
            """

                  query ($a: String, $b: String, $c: String) {
                    field(a: $a, b: $b, c: $c)
                  }
            """);

    /// <summary>Validate: No unused variables uses all variables deeply</summary>
    [Fact]
    public void UsesAllVariablesDeeply() => ExpectValid(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    field(a: $a) {
                      field(b: $b) {
                        field(c: $c)
                      }
                    }
                  }
            """);

    /// <summary>Validate: No unused variables uses all variables deeply in inline fragments</summary>
    [Fact]
    public void UsesAllVariablesDeeplyInInlineFragments() => ExpectValid(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    ... on Type {
                      field(a: $a) {
                        field(b: $b) {
                          ... on Type {
                            field(c: $c)
                          }
                        }
                      }
                    }
                  }
            """);

    /// <summary>Validate: No unused variables uses all variables in fragments</summary>
    [Fact]
    public void UsesAllVariablesInFragments() => ExpectValid(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    ...FragA
                  }
                  fragment FragA on Type {
                    field(a: $a) {
                      ...FragB
                    }
                  }
                  fragment FragB on Type {
                    field(b: $b) {
                      ...FragC
                    }
                  }
                  fragment FragC on Type {
                    field(c: $c)
                  }
            """);

    /// <summary>Validate: No unused variables variable used by fragment in multiple operations</summary>
    [Fact]
    public void VariableUsedByFragmentInMultipleOperations() => ExpectValid(
            """

                  query Foo($a: String) {
                    ...FragA
                  }
                  query Bar($b: String) {
                    ...FragB
                  }
                  fragment FragA on Type {
                    field(a: $a)
                  }
                  fragment FragB on Type {
                    field(b: $b)
                  }
            """);

    /// <summary>Validate: No unused variables variable used by recursive fragment</summary>
    [Fact]
    public void VariableUsedByRecursiveFragment() => ExpectValid(
            """

                  query Foo($a: String) {
                    ...FragA
                  }
                  fragment FragA on Type {
                    field(a: $a) {
                      ...FragA
                    }
                  }
            """);

    /// <summary>Validate: No unused variables variable not used</summary>
    [Fact]
    public void VariableNotUsed() => ExpectErrors(
            """

                  query ($a: String, $b: String, $c: String) {
                    field(a: $a, b: $b)
                  }
            """,
            Error("Variable \"$c\" is never used.", (2, 38)));

    /// <summary>Validate: No unused variables multiple variables not used</summary>
    [Fact]
    public void MultipleVariablesNotUsed() => ExpectErrors(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    field(b: $b)
                  }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));

    /// <summary>Validate: No unused variables variable not used in fragments</summary>
    [Fact]
    public void VariableNotUsedInFragments() => ExpectErrors(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    ...FragA
                  }
                  fragment FragA on Type {
                    field(a: $a) {
                      ...FragB
                    }
                  }
                  fragment FragB on Type {
                    field(b: $b) {
                      ...FragC
                    }
                  }
                  fragment FragC on Type {
                    field
                  }
            """,
            Error("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));

    /// <summary>Validate: No unused variables multiple variables not used in fragments</summary>
    [Fact]
    public void MultipleVariablesNotUsedInFragments() => ExpectErrors(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    ...FragA
                  }
                  fragment FragA on Type {
                    field {
                      ...FragB
                    }
                  }
                  fragment FragB on Type {
                    field(b: $b) {
                      ...FragC
                    }
                  }
                  fragment FragC on Type {
                    field
                  }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));

    /// <summary>Validate: No unused variables variable not used by unreferenced fragment</summary>
    [Fact]
    public void VariableNotUsedByUnreferencedFragment() => ExpectErrors(
            """

                  query Foo($b: String) {
                    ...FragA
                  }
                  fragment FragA on Type {
                    field(a: $a)
                  }
                  fragment FragB on Type {
                    field(b: $b)
                  }
            """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)));

    /// <summary>Validate: No unused variables variable not used by fragment used by other operation</summary>
    [Fact]
    public void VariableNotUsedByFragmentUsedByOtherOperation() => ExpectErrors(
            """

                  query Foo($b: String) {
                    ...FragA
                  }
                  query Bar($a: String) {
                    ...FragB
                  }
                  fragment FragA on Type {
                    field(a: $a)
                  }
                  fragment FragB on Type {
                    field(b: $b)
                  }
            """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)),
            Error("Variable \"$a\" is never used in operation \"Bar\".", (5, 17)));
}
