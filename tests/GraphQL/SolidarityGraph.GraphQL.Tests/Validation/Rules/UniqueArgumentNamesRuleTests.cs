using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueArgumentNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueArgumentNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new UniqueArgumentNamesRule();

    /// <summary>Validate: Unique argument names no arguments on field</summary>
    [Fact]
    public void NoArgumentsOnField() => ExpectValid(
            """

                  {
                    field
                  }
            """);

    /// <summary>Validate: Unique argument names no arguments on directive</summary>
    [Fact]
    public void NoArgumentsOnDirective() => ExpectValid(
            """

                  {
                    field @directive
                  }
            """);

    /// <summary>Validate: Unique argument names argument on field</summary>
    [Fact]
    public void ArgumentOnField() => ExpectValid(
            """

                  {
                    field(arg: "value")
                  }
            """);

    /// <summary>Validate: Unique argument names argument on directive</summary>
    [Fact]
    public void ArgumentOnDirective() => ExpectValid(
            """

                  {
                    field @directive(arg: "value")
                  }
            """);

    /// <summary>Validate: Unique argument names same argument on two fields</summary>
    [Fact]
    public void SameArgumentOnTwoFields() => ExpectValid(
            """

                  {
                    one: field(arg: "value")
                    two: field(arg: "value")
                  }
            """);

    /// <summary>Validate: Unique argument names same argument on field and directive</summary>
    [Fact]
    public void SameArgumentOnFieldAndDirective() => ExpectValid(
            """

                  {
                    field(arg: "value") @directive(arg: "value")
                  }
            """);

    /// <summary>Validate: Unique argument names same argument on two directives</summary>
    [Fact]
    public void SameArgumentOnTwoDirectives() => ExpectValid(
            """

                  {
                    field @directive1(arg: "value") @directive2(arg: "value")
                  }
            """);

    /// <summary>Validate: Unique argument names multiple field arguments</summary>
    [Fact]
    public void MultipleFieldArguments() => ExpectValid(
            """

                  {
                    field(arg1: "value", arg2: "value", arg3: "value")
                  }
            """);

    /// <summary>Validate: Unique argument names multiple directive arguments</summary>
    [Fact]
    public void MultipleDirectiveArguments() => ExpectValid(
            """

                  {
                    field @directive(arg1: "value", arg2: "value", arg3: "value")
                  }
            """);

    /// <summary>Validate: Unique argument names duplicate field arguments</summary>
    [Fact]
    public void DuplicateFieldArguments() => ExpectErrors(
            """

                  {
                    field(arg1: "value", arg1: "value")
                  }
            """,
            Error("There can be only one argument named \"arg1\".", (3, 15), (3, 30)));

    /// <summary>Validate: Unique argument names many duplicate field arguments</summary>
    [Fact]
    public void ManyDuplicateFieldArguments() => ExpectErrors(
            """

                  {
                    field(arg1: "value", arg1: "value", arg1: "value")
                  }
            """,
            Error("There can be only one argument named \"arg1\".", (3, 15), (3, 30), (3, 45)));

    /// <summary>Validate: Unique argument names duplicate directive arguments</summary>
    [Fact]
    public void DuplicateDirectiveArguments() => ExpectErrors(
            """

                  {
                    field @directive(arg1: "value", arg1: "value")
                  }
            """,
            Error("There can be only one argument named \"arg1\".", (3, 26), (3, 41)));

    /// <summary>Validate: Unique argument names many duplicate directive arguments</summary>
    [Fact]
    public void ManyDuplicateDirectiveArguments() => ExpectErrors(
            """

                  {
                    field @directive(arg1: "value", arg1: "value", arg1: "value")
                  }
            """,
            Error("There can be only one argument named \"arg1\".", (3, 26), (3, 41), (3, 56)));
}
