using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The ScalarLeafsRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class ScalarLeafsRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new ScalarLeafsRule();

    /// <summary>Validate: Scalar leafs valid scalar selection</summary>
    [Fact]
    public void ValidScalarSelection() => ExpectValid(
            """

                  fragment scalarSelection on Dog {
                    barks
                  }
            """);

    /// <summary>Validate: Scalar leafs object type missing selection</summary>
    [Fact]
    public void ObjectTypeMissingSelection() => ExpectErrors(
            """

                  query directQueryOnObjectWithoutSubFields {
                    human
                  }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (3, 9)));

    /// <summary>Validate: Scalar leafs interface type missing selection</summary>
    [Fact]
    public void InterfaceTypeMissingSelection() => ExpectErrors(
            """

                  {
                    human { pets }
                  }
            """,
            Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (3, 17)));

    /// <summary>Validate: Scalar leafs valid scalar selection with args</summary>
    [Fact]
    public void ValidScalarSelectionWithArgs() => ExpectValid(
            """

                  fragment scalarSelectionWithArgs on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
            """);

    /// <summary>Validate: Scalar leafs scalar selection not allowed on Boolean</summary>
    [Fact]
    public void ScalarSelectionNotAllowedOnBoolean() => ExpectErrors(
            """

                  fragment scalarSelectionsNotAllowedOnBoolean on Dog {
                    barks { sinceWhen }
                  }
            """,
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (3, 15)));

    /// <summary>Validate: Scalar leafs scalar selection not allowed on Enum</summary>
    [Fact]
    public void ScalarSelectionNotAllowedOnEnum() => ExpectErrors(
            """

                  fragment scalarSelectionsNotAllowedOnEnum on Cat {
                    furColor { inHexDec }
                  }
            """,
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (3, 18)));

    /// <summary>Validate: Scalar leafs scalar selection not allowed with args</summary>
    [Fact]
    public void ScalarSelectionNotAllowedWithArgs() => ExpectErrors(
            """

                  fragment scalarSelectionsNotAllowedWithArgs on Dog {
                    doesKnowCommand(dogCommand: SIT) { sinceWhen }
                  }
            """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 42)));

    /// <summary>Validate: Scalar leafs Scalar selection not allowed with directives</summary>
    [Fact]
    public void ScalarSelectionNotAllowedWithDirectives() => ExpectErrors(
            """

                  fragment scalarSelectionsNotAllowedWithDirectives on Dog {
                    name @include(if: true) { isAlsoHumanName }
                  }
            """,
            Error("Field \"name\" must not have a selection since type \"String\" has no subfields.", (3, 33)));

    /// <summary>Validate: Scalar leafs Scalar selection not allowed with directives and args</summary>
    [Fact]
    public void ScalarSelectionNotAllowedWithDirectivesAndArgs() => ExpectErrors(
            """

                  fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
                    doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
                  }
            """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 61)));
}
