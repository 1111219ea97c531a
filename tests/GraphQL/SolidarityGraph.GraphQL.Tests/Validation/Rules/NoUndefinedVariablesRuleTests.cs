using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The NoUndefinedVariablesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class NoUndefinedVariablesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new NoUndefinedVariablesRule();

    /// <summary>Validate: No undefined variables all variables defined</summary>
    [Fact]
    public void AllVariablesDefined() => ExpectValid(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    field(a: $a, b: $b, c: $c)
                  }
            """);

    /// <summary>Validate: No undefined variables all variables deeply defined</summary>
    [Fact]
    public void AllVariablesDeeplyDefined() => ExpectValid(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    field(a: $a) {
                      field(b: $b) {
                        field(c: $c)
                      }
                    }
                  }
            """);

    /// <summary>Validate: No undefined variables all variables deeply in inline fragments defined</summary>
    [Fact]
    public void AllVariablesDeeplyInInlineFragmentsDefined() => ExpectValid(
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

    /// <summary>Validate: No undefined variables all variables in fragments deeply defined</summary>
    [Fact]
    public void AllVariablesInFragmentsDeeplyDefined() => ExpectValid(
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

    /// <summary>Validate: No undefined variables variable within single fragment defined in multiple operations</summary>
    [Fact]
    public void VariableWithinSingleFragmentDefinedInMultipleOperations() => ExpectValid(
            """

                  query Foo($a: String) {
                    ...FragA
                  }
                  query Bar($a: String) {
                    ...FragA
                  }
                  fragment FragA on Type {
                    field(a: $a)
                  }
            """);

    /// <summary>Validate: No undefined variables variable within fragments defined in operations</summary>
    [Fact]
    public void VariableWithinFragmentsDefinedInOperations() => ExpectValid(
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

    /// <summary>Validate: No undefined variables variable within recursive fragment defined</summary>
    [Fact]
    public void VariableWithinRecursiveFragmentDefined() => ExpectValid(
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

    /// <summary>Validate: No undefined variables variable not defined</summary>
    [Fact]
    public void VariableNotDefined() => ExpectErrors(
            """

                  query Foo($a: String, $b: String, $c: String) {
                    field(a: $a, b: $b, c: $c, d: $d)
                  }
            """,
            Error("Variable \"$d\" is not defined by operation \"Foo\".", (3, 39), (2, 7)));

    /// <summary>Validate: No undefined variables variable not defined by un-named query</summary>
    [Fact]
    public void VariableNotDefinedByUnNamedQuery() => ExpectErrors(
            """

                  {
                    field(a: $a)
                  }
            """,
            Error("Variable \"$a\" is not defined.", (3, 18), (2, 7)));

    /// <summary>Validate: No undefined variables multiple variables not defined</summary>
    [Fact]
    public void MultipleVariablesNotDefined() => ExpectErrors(
            """

                  query Foo($b: String) {
                    field(a: $a, b: $b, c: $c)
                  }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 18), (2, 7)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 32), (2, 7)));

    /// <summary>Validate: No undefined variables variable in fragment not defined by un-named query</summary>
    [Fact]
    public void VariableInFragmentNotDefinedByUnNamedQuery() => ExpectErrors(
            """

                  {
                    ...FragA
                  }
                  fragment FragA on Type {
                    field(a: $a)
                  }
            """,
            Error("Variable \"$a\" is not defined.", (6, 18), (2, 7)));

    /// <summary>Validate: No undefined variables variable in fragment not defined by operation</summary>
    [Fact]
    public void VariableInFragmentNotDefinedByOperation() => ExpectErrors(
            """

                  query Foo($a: String, $b: String) {
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
            """,
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)));

    /// <summary>Validate: No undefined variables multiple variables in fragments not defined</summary>
    [Fact]
    public void MultipleVariablesInFragmentsNotDefined() => ExpectErrors(
            """

                  query Foo($b: String) {
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
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (6, 18), (2, 7)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)));

    /// <summary>Validate: No undefined variables single variable in fragment not defined by multiple operations</summary>
    [Fact]
    public void SingleVariableInFragmentNotDefinedByMultipleOperations() => ExpectErrors(
            """

                  query Foo($a: String) {
                    ...FragAB
                  }
                  query Bar($a: String) {
                    ...FragAB
                  }
                  fragment FragAB on Type {
                    field(a: $a, b: $b)
                  }
            """,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (9, 25), (2, 7)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)));

    /// <summary>Validate: No undefined variables variables in fragment not defined by multiple operations</summary>
    [Fact]
    public void VariablesInFragmentNotDefinedByMultipleOperations() => ExpectErrors(
            """

                  query Foo($b: String) {
                    ...FragAB
                  }
                  query Bar($a: String) {
                    ...FragAB
                  }
                  fragment FragAB on Type {
                    field(a: $a, b: $b)
                  }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (9, 18), (2, 7)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)));

    /// <summary>Validate: No undefined variables variable in fragment used by other operation</summary>
    [Fact]
    public void VariableInFragmentUsedByOtherOperation() => ExpectErrors(
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
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (9, 18), (2, 7)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (12, 18), (5, 7)));

    /// <summary>Validate: No undefined variables multiple undefined variables produce multiple errors</summary>
    [Fact]
    public void MultipleUndefinedVariablesProduceMultipleErrors() => ExpectErrors(
            """

                  query Foo($b: String) {
                    ...FragAB
                  }
                  query Bar($a: String) {
                    ...FragAB
                  }
                  fragment FragAB on Type {
                    field1(a: $a, b: $b)
                    ...FragC
                    field3(a: $a, b: $b)
                  }
                  fragment FragC on Type {
                    field2(c: $c)
                  }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (9, 19), (2, 7)),
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (11, 19), (2, 7)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (14, 19), (2, 7)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (9, 26), (5, 7)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (11, 26), (5, 7)),
            Error("Variable \"$c\" is not defined by operation \"Bar\".", (14, 19), (5, 7)));
}
