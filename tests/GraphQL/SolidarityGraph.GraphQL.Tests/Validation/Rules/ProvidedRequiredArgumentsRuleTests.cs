using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The ProvidedRequiredArgumentsRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class ProvidedRequiredArgumentsRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new ProvidedRequiredArgumentsRule();

    /// <summary>Validate: Provided required arguments ignores unknown arguments</summary>
    [Fact]
    public void IgnoresUnknownArguments() => ExpectValid(
            """

                  {
                    dog {
                      isHouseTrained(unknownArgument: true)
                    }
                  }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value Arg on optional arg</summary>
    [Fact]
    public void ValidNonNullableValueArgOnOptionalArg() => ExpectValid(
            """

                    {
                      dog {
                        isHouseTrained(atOtherHomes: true)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value No Arg on optional arg</summary>
    [Fact]
    public void ValidNonNullableValueNoArgOnOptionalArg() => ExpectValid(
            """

                    {
                      dog {
                        isHouseTrained
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value No arg on non-null field with default</summary>
    [Fact]
    public void ValidNonNullableValueNoArgOnNonNullFieldWithDefault() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        nonNullFieldWithDefault
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value Multiple args</summary>
    [Fact]
    public void ValidNonNullableValueMultipleArgs() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: 1, req2: 2)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value Multiple args reverse order</summary>
    [Fact]
    public void ValidNonNullableValueMultipleArgsReverseOrder() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req2: 2, req1: 1)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value No args on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueNoArgsOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value One arg on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueOneArgOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts(opt1: 1)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value Second arg on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueSecondArgOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts(opt2: 1)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value Multiple required args on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueMultipleRequiredArgsOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value Multiple required and one optional arg on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueMultipleRequiredAndOneOptionalArgOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Valid non-nullable value All required and optional args on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueAllRequiredAndOptionalArgsOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Invalid non-nullable value Missing one non-nullable argument</summary>
    [Fact]
    public void InvalidNonNullableValueMissingOneNonNullableArgument() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req2: 2)
                      }
                    }
            """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (4, 13)));

    /// <summary>Validate: Provided required arguments Invalid non-nullable value Missing multiple non-nullable arguments</summary>
    [Fact]
    public void InvalidNonNullableValueMissingMultipleNonNullableArguments() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs
                      }
                    }
            """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (4, 13)),
            Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (4, 13)));

    /// <summary>Validate: Provided required arguments Invalid non-nullable value Incorrect value and missing argument</summary>
    [Fact]
    public void InvalidNonNullableValueIncorrectValueAndMissingArgument() => ExpectErrors(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: "one")
                      }
                    }
            """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (4, 13)));

    /// <summary>Validate: Provided required arguments Directive arguments ignores unknown directives</summary>
    [Fact]
    public void DirectiveArgumentsIgnoresUnknownDirectives() => ExpectValid(
            """

                    {
                      dog @unknown
                    }
            """);

    /// <summary>Validate: Provided required arguments Directive arguments with directives of valid types</summary>
    [Fact]
    public void DirectiveArgumentsWithDirectivesOfValidTypes() => ExpectValid(
            """

                    {
                      dog @include(if: true) {
                        name
                      }
                      human @skip(if: false) {
                        name
                      }
                    }
            """);

    /// <summary>Validate: Provided required arguments Directive arguments with directive with missing types</summary>
    [Fact]
    public void DirectiveArgumentsWithDirectiveWithMissingTypes() => ExpectErrors(
            """

                    {
                      dog @include {
                        name @skip
                      }
                    }
            """,
            Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (3, 15)),
            Error("Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", (4, 18)));
}
