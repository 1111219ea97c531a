using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueInputFieldNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueInputFieldNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new UniqueInputFieldNamesRule();

    /// <summary>Validate: Unique input field names input object with fields</summary>
    [Fact]
    public void InputObjectWithFields() => ExpectValid(
            """

                  {
                    field(arg: { f: true })
                  }
            """);

    /// <summary>Validate: Unique input field names same input object within two args</summary>
    [Fact]
    public void SameInputObjectWithinTwoArgs() => ExpectValid(
            """

                  {
                    field(arg1: { f: true }, arg2: { f: true })
                  }
            """);

    /// <summary>Validate: Unique input field names multiple input object fields</summary>
    [Fact]
    public void MultipleInputObjectFields() => ExpectValid(
            """

                  {
                    field(arg: { f1: "value", f2: "value", f3: "value" })
                  }
            """);

    /// <summary>Validate: Unique input field names allows for nested input objects with similar fields</summary>
    [Fact]
    public void AllowsForNestedInputObjectsWithSimilarFields() => ExpectValid(
            """

                  {
                    field(arg: {
                      deep: {
                        deep: {
                          id: 1
                        }
                        id: 1
                      }
                      id: 1
                    })
                  }
            """);

    /// <summary>Validate: Unique input field names duplicate input object fields</summary>
    [Fact]
    public void DuplicateInputObjectFields() => ExpectErrors(
            """

                  {
                    field(arg: { f1: "value", f1: "value" })
                  }
            """,
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)));

    /// <summary>Validate: Unique input field names many duplicate input object fields</summary>
    [Fact]
    public void ManyDuplicateInputObjectFields() => ExpectErrors(
            """

                  {
                    field(arg: { f1: "value", f1: "value", f1: "value" })
                  }
            """,
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)),
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 48)));

    /// <summary>Validate: Unique input field names nested duplicate input object fields</summary>
    [Fact]
    public void NestedDuplicateInputObjectFields() => ExpectErrors(
            """

                  {
                    field(arg: { f1: {f2: "value", f2: "value" }})
                  }
            """,
            Error("There can be only one input field named \"f2\".", (3, 27), (3, 40)));
}
