using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('Valid non-nullable value')</c> group.</content>
public sealed partial class ValuesOfCorrectTypeRuleTests
{
    /// <summary>Validate: Values of correct type Valid non-nullable value Arg on optional arg</summary>
    [Fact]
    public void ValidNonNullableValueArgOnOptionalArg() => ExpectValid(
            """

                    {
                      dog {
                        isHouseTrained(atOtherHomes: true)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value No Arg on optional arg</summary>
    [Fact]
    public void ValidNonNullableValueNoArgOnOptionalArg() => ExpectValid(
            """

                    {
                      dog {
                        isHouseTrained
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple args</summary>
    [Fact]
    public void ValidNonNullableValueMultipleArgs() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req1: 1, req2: 2)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple args reverse order</summary>
    [Fact]
    public void ValidNonNullableValueMultipleArgsReverseOrder() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleReqs(req2: 2, req1: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value No args on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueNoArgsOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value One arg on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueOneArgOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts(opt1: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Second arg on multiple optional</summary>
    [Fact]
    public void ValidNonNullableValueSecondArgOnMultipleOptional() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOpts(opt2: 1)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple required args on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueMultipleRequiredArgsOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value Multiple required and one optional arg on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueMultipleRequiredAndOneOptionalArgOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
                      }
                    }
            """);

    /// <summary>Validate: Values of correct type Valid non-nullable value All required and optional args on mixedList</summary>
    [Fact]
    public void ValidNonNullableValueAllRequiredAndOptionalArgsOnMixedList() => ExpectValid(
            """

                    {
                      complicatedArgs {
                        multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
                      }
                    }
            """);
}
