using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The KnownDirectivesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class KnownDirectivesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        directive @onQuery on QUERY

        directive @onMutation on MUTATION

        directive @onSubscription on SUBSCRIPTION

        directive @onField on FIELD

        directive @onFragmentDefinition on FRAGMENT_DEFINITION

        directive @onFragmentSpread on FRAGMENT_SPREAD

        directive @onInlineFragment on INLINE_FRAGMENT

        directive @onVariableDefinition on VARIABLE_DEFINITION

        directive @onFragmentVariableDefinition on FRAGMENT_VARIABLE_DEFINITION

        type Query {
          dummy: String
        }
        """;

    private const string Schema2 = """
        type Query {
          foo: String
        }
        """;

    private const string Schema3 = """
        directive @test on OBJECT

        type Query {
          foo: String
        }
        """;

    private const string Schema4 = """
        directive @onSchema on SCHEMA

        directive @onScalar on SCALAR

        directive @onObject on OBJECT

        directive @onFieldDefinition on FIELD_DEFINITION

        directive @onArgumentDefinition on ARGUMENT_DEFINITION

        directive @onInterface on INTERFACE

        directive @onUnion on UNION

        directive @onEnum on ENUM

        directive @onEnumValue on ENUM_VALUE

        directive @onInputObject on INPUT_OBJECT

        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        """;

    protected override IValidationRule Rule { get; } = new KnownDirectivesRule();

    /// <summary>Validate: Known directives with no directives</summary>
    [Fact]
    public void WithNoDirectives() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  query Foo {
                    name
                    ...Frag
                  }

                  fragment Frag on Dog {
                    name
                  }
            """);

    /// <summary>Validate: Known directives with standard directives</summary>
    [Fact]
    public void WithStandardDirectives() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  {
                    human @skip(if: false) {
                      name
                      pets {
                        ... on Dog @include(if: true) {
                          name
                        }
                      }
                    }
                  }
            """);

    /// <summary>Validate: Known directives with unknown directive</summary>
    [Fact]
    public void WithUnknownDirective() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  {
                    human @unknown(directive: "value") {
                      name
                    }
                  }
            """,
            Error("Unknown directive \"@unknown\".", (3, 15)));

    /// <summary>Validate: Known directives with many unknown directives</summary>
    [Fact]
    public void WithManyUnknownDirectives() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  {
                    __typename @unknown
                    human @unknown {
                      name
                      pets @unknown {
                        name
                      }
                    }
                  }
            """,
            Error("Unknown directive \"@unknown\".", (3, 20)),
            Error("Unknown directive \"@unknown\".", (4, 15)),
            Error("Unknown directive \"@unknown\".", (6, 16)));

    /// <summary>Validate: Known directives within SDL with directive defined inside SDL</summary>
    [Fact]
    public void WithinSDLWithDirectiveDefinedInsideSDL() => ExpectSdlValid(
            null,
            """

                    type Query {
                      foo: String @test
                    }

                    directive @test on FIELD_DEFINITION
            """);

    /// <summary>Validate: Known directives within SDL with standard directive</summary>
    [Fact]
    public void WithinSDLWithStandardDirective() => ExpectSdlValid(
            null,
            """

                    type Query {
                      foo: String @deprecated
                    }
            """);

    /// <summary>Validate: Known directives within SDL with overridden standard directive</summary>
    [Fact]
    public void WithinSDLWithOverriddenStandardDirective() => ExpectSdlValid(
            null,
            """

                    schema @deprecated {
                      query: Query
                    }
                    directive @deprecated on SCHEMA
            """);

    /// <summary>Validate: Known directives within SDL with directive defined in schema extension</summary>
    [Fact]
    public void WithinSDLWithDirectiveDefinedInSchemaExtension() => ExpectSdlValid(
            Schema2,
            """

                      directive @test on OBJECT

                      extend type Query @test
            """);

    /// <summary>Validate: Known directives within SDL with directive used in schema extension</summary>
    [Fact]
    public void WithinSDLWithDirectiveUsedInSchemaExtension() => ExpectSdlValid(
            Schema3,
            """

                      extend type Query @test
            """);

    /// <summary>Validate: Known directives within SDL with unknown directive in schema extension</summary>
    [Fact]
    public void WithinSDLWithUnknownDirectiveInSchemaExtension() => ExpectSdlErrors(
            Schema2,
            """

                      extend type Query @unknown
            """,
            Error("Unknown directive \"@unknown\".", (2, 29)));

    /// <summary>Validate: Known directives within SDL with well placed directives</summary>
    [Fact]
    public void WithinSDLWithWellPlacedDirectives() => ExpectSdlValid(
            Schema4,
            """

                      type MyObj implements MyInterface @onObject {
                        myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
                      }

                      extend type MyObj @onObject

                      scalar MyScalar @onScalar

                      extend scalar MyScalar @onScalar

                      interface MyInterface @onInterface {
                        myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
                      }

                      extend interface MyInterface @onInterface

                      union MyUnion @onUnion = MyObj | Other

                      extend union MyUnion @onUnion

                      enum MyEnum @onEnum {
                        MY_VALUE @onEnumValue
                      }

                      extend enum MyEnum @onEnum

                      input MyInput @onInputObject {
                        myField: Int @onInputFieldDefinition
                      }

                      extend input MyInput @onInputObject

                      schema @onSchema {
                        query: MyQuery
                      }

                      directive @myDirective(arg:String) on ARGUMENT_DEFINITION
                      directive @myDirective2(arg:String @myDirective) on FIELD

                      extend schema @onSchema
            """);

    /// <summary>Validate: Known directives within SDL with misplaced directives</summary>
    [Fact]
    public void WithinSDLWithMisplacedDirectives() => ExpectSdlErrors(
            Schema4,
            """

                      type MyObj implements MyInterface @onInterface {
                        myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
                      }

                      scalar MyScalar @onEnum

                      interface MyInterface @onObject {
                        myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
                      }

                      union MyUnion @onEnumValue = MyObj | Other

                      enum MyEnum @onScalar {
                        MY_VALUE @onUnion
                      }

                      input MyInput @onEnum {
                        myField: Int @onArgumentDefinition
                      }

                      schema @onObject {
                        query: MyQuery
                      }

                      extend schema @onObject
            """,
            Error("Directive \"@onInterface\" may not be used on OBJECT.", (2, 45)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (3, 32)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (3, 65)),
            Error("Directive \"@onEnum\" may not be used on SCALAR.", (6, 27)),
            Error("Directive \"@onObject\" may not be used on INTERFACE.", (8, 33)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (9, 32)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (9, 65)),
            Error("Directive \"@onEnumValue\" may not be used on UNION.", (12, 25)),
            Error("Directive \"@onScalar\" may not be used on ENUM.", (14, 23)),
            Error("Directive \"@onUnion\" may not be used on ENUM_VALUE.", (15, 22)),
            Error("Directive \"@onEnum\" may not be used on INPUT_OBJECT.", (18, 25)),
            Error("Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION.", (19, 26)),
            Error("Directive \"@onObject\" may not be used on SCHEMA.", (22, 18)),
            Error("Directive \"@onObject\" may not be used on SCHEMA.", (26, 25)));
}
