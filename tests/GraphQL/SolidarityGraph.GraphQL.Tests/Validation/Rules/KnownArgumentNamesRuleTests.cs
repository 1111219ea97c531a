using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The KnownArgumentNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class KnownArgumentNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new KnownArgumentNamesRule();

    /// <summary>Validate: Known argument names single arg is known</summary>
    [Fact]
    public void SingleArgIsKnown() => ExpectValid(
            """

                  fragment argOnRequiredArg on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
            """);

    /// <summary>Validate: Known argument names multiple args are known</summary>
    [Fact]
    public void MultipleArgsAreKnown() => ExpectValid(
            """

                  fragment multipleArgs on ComplicatedArgs {
                    multipleReqs(req1: 1, req2: 2)
                  }
            """);

    /// <summary>Validate: Known argument names ignores args of unknown fields</summary>
    [Fact]
    public void IgnoresArgsOfUnknownFields() => ExpectValid(
            """

                  fragment argOnUnknownField on Dog {
                    unknownField(unknownArg: SIT)
                  }
            """);

    /// <summary>Validate: Known argument names multiple args in reverse order are known</summary>
    [Fact]
    public void MultipleArgsInReverseOrderAreKnown() => ExpectValid(
            """

                  fragment multipleArgsReverseOrder on ComplicatedArgs {
                    multipleReqs(req2: 2, req1: 1)
                  }
            """);

    /// <summary>Validate: Known argument names no args on optional arg</summary>
    [Fact]
    public void NoArgsOnOptionalArg() => ExpectValid(
            """

                  fragment noArgOnOptionalArg on Dog {
                    isHouseTrained
                  }
            """);

    /// <summary>Validate: Known argument names args are known deeply</summary>
    [Fact]
    public void ArgsAreKnownDeeply() => ExpectValid(
            """

                  {
                    dog {
                      doesKnowCommand(dogCommand: SIT)
                    }
                    human {
                      pet {
                        ... on Dog {
                          doesKnowCommand(dogCommand: SIT)
                        }
                      }
                    }
                  }
            """);

    /// <summary>Validate: Known argument names directive args are known</summary>
    [Fact]
    public void DirectiveArgsAreKnown() => ExpectValid(
            """

                  {
                    dog @skip(if: true)
                  }
            """);

    /// <summary>Validate: Known argument names field args are invalid</summary>
    [Fact]
    public void FieldArgsAreInvalid() => ExpectErrors(
            """

                  {
                    dog @skip(unless: true)
                  }
            """,
            Error("Unknown argument \"unless\" on directive \"@skip\".", (3, 19)));

    /// <summary>Validate: Known argument names directive without args is valid</summary>
    [Fact]
    public void DirectiveWithoutArgsIsValid() => ExpectValid(
            """

                  {
                    dog @onField
                  }
            """);

    /// <summary>Validate: Known argument names arg passed to directive without arg is reported</summary>
    [Fact]
    public void ArgPassedToDirectiveWithoutArgIsReported() => ExpectErrors(
            """

                  {
                    dog @onField(if: true)
                  }
            """,
            Error("Unknown argument \"if\" on directive \"@onField\".", (3, 22)));

    /// <summary>Validate: Known argument names misspelled directive args are reported</summary>
    [Fact]
    public void MisspelledDirectiveArgsAreReported() => ExpectErrors(
            """

                  {
                    dog @skip(iff: true)
                  }
            """,
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (3, 19)));

    /// <summary>Validate: Known argument names misspelled directive args are reported (no suggestions)</summary>
    [Fact]
    public void MisspelledDirectiveArgsAreReportedNoSuggestions() => ExpectErrorsWith(
            new CaseOptions { Schema = null, HideSuggestions = true },
            """

                  {
                    dog @skip(iff: true)
                  }
            """,
            Error("Unknown argument \"iff\" on directive \"@skip\".", (3, 19)));

    /// <summary>Validate: Known argument names invalid arg name</summary>
    [Fact]
    public void InvalidArgName() => ExpectErrors(
            """

                  fragment invalidArgName on Dog {
                    doesKnowCommand(unknown: true)
                  }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 25)));

    /// <summary>Validate: Known argument names misspelled arg name is reported</summary>
    [Fact]
    public void MisspelledArgNameIsReported() => ExpectErrors(
            """

                  fragment invalidArgName on Dog {
                    doesKnowCommand(DogCommand: true)
                  }
            """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (3, 25)));

    /// <summary>Validate: Known argument names misspelled arg name is reported (no suggestions)</summary>
    [Fact]
    public void MisspelledArgNameIsReportedNoSuggestions() => ExpectErrorsWith(
            new CaseOptions { Schema = null, HideSuggestions = true },
            """

                  fragment invalidArgName on Dog {
                    doesKnowCommand(DogCommand: true)
                  }
            """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\".", (3, 25)));

    /// <summary>Validate: Known argument names unknown args amongst known args</summary>
    [Fact]
    public void UnknownArgsAmongstKnownArgs() => ExpectErrors(
            """

                  fragment oneGoodArgOneInvalidArg on Dog {
                    doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
                  }
            """,
            Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (3, 25)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 55)));

    /// <summary>Validate: Known argument names unknown args deeply</summary>
    [Fact]
    public void UnknownArgsDeeply() => ExpectErrors(
            """

                  {
                    dog {
                      doesKnowCommand(unknown: true)
                    }
                    human {
                      pet {
                        ... on Dog {
                          doesKnowCommand(unknown: true)
                        }
                      }
                    }
                  }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (4, 27)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (9, 31)));
}
