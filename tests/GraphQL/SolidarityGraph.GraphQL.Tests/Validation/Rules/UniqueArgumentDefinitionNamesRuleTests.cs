using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueArgumentDefinitionNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueArgumentDefinitionNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new UniqueArgumentDefinitionNamesRule();

    /// <summary>Validate: Unique argument definition names no args</summary>
    [Fact]
    public void NoArgs() => ExpectSdlValid(
            null,
            """

                  type SomeObject {
                    someField: String
                  }

                  interface SomeInterface {
                    someField: String
                  }

                  directive @someDirective on QUERY
            """);

    /// <summary>Validate: Unique argument definition names one argument</summary>
    [Fact]
    public void OneArgument() => ExpectSdlValid(
            null,
            """

                  type SomeObject {
                    someField(foo: String): String
                  }

                  interface SomeInterface {
                    someField(foo: String): String
                  }

                  extend type SomeObject {
                    anotherField(foo: String): String
                  }

                  extend interface SomeInterface {
                    anotherField(foo: String): String
                  }

                  directive @someDirective(foo: String) on QUERY
            """);

    /// <summary>Validate: Unique argument definition names multiple arguments</summary>
    [Fact]
    public void MultipleArguments() => ExpectSdlValid(
            null,
            """

                  type SomeObject {
                    someField(
                      foo: String
                      bar: String
                    ): String
                  }

                  interface SomeInterface {
                    someField(
                      foo: String
                      bar: String
                    ): String
                  }

                  extend type SomeObject {
                    anotherField(
                      foo: String
                      bar: String
                    ): String
                  }

                  extend interface SomeInterface {
                    anotherField(
                      foo: String
                      bar: String
                    ): String
                  }

                  directive @someDirective(
                    foo: String
                    bar: String
                  ) on QUERY
            """);

    /// <summary>Validate: Unique argument definition names duplicating arguments</summary>
    [Fact]
    public void DuplicatingArguments() => ExpectSdlErrors(
            null,
            """

                  type SomeObject {
                    someField(
                      foo: String
                      bar: String
                      foo: String
                    ): String
                  }

                  interface SomeInterface {
                    someField(
                      foo: String
                      bar: String
                      foo: String
                    ): String
                  }

                  extend type SomeObject {
                    anotherField(
                      foo: String
                      bar: String
                      bar: String
                    ): String
                  }

                  extend interface SomeInterface {
                    anotherField(
                      bar: String
                      foo: String
                      foo: String
                    ): String
                  }

                  directive @someDirective(
                    foo: String
                    bar: String
                    foo: String
                  ) on QUERY
            """,
            Error("Argument \"SomeObject.someField(foo:)\" can only be defined once.", (4, 11), (6, 11)),
            Error("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", (12, 11), (14, 11)),
            Error("Argument \"SomeObject.anotherField(bar:)\" can only be defined once.", (21, 11), (22, 11)),
            Error("Argument \"SomeInterface.anotherField(foo:)\" can only be defined once.", (29, 11), (30, 11)),
            Error("Argument \"@someDirective(foo:)\" can only be defined once.", (35, 9), (37, 9)));
}
