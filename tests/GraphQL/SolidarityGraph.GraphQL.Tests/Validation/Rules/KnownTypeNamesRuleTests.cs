using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The KnownTypeNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class KnownTypeNamesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Query {
          foo: String
        }
        """;

    private const string Schema2 = """
        type Foo
        """;

    private const string Schema3 = """
        type A
        """;

    protected override IValidationRule Rule { get; } = new KnownTypeNamesRule();

    /// <summary>Validate: Known type names known type names are valid</summary>
    [Fact]
    public void KnownTypeNamesAreValid() => ExpectValid(
            """

                  query Foo(
                    $var: String
                    $required: [Int!]!
                    $introspectionType: __EnumValue
                  ) {
                    user(id: 4) {
                      pets { ... on Pet { name }, ...PetFields, ... { name } }
                    }
                  }

                  fragment PetFields on Pet {
                    name
                  }
            """);

    /// <summary>Validate: Known type names unknown type names are invalid</summary>
    [Fact]
    public void UnknownTypeNamesAreInvalid() => ExpectErrors(
            """

                  query Foo($var: [JumbledUpLetters!]!) {
                    user(id: 4) {
                      name
                      pets { ... on Badger { name }, ...PetFields }
                    }
                  }
                  fragment PetFields on Peat {
                    name
                  }
            """,
            Error("Unknown type \"JumbledUpLetters\".", (2, 24)),
            Error("Unknown type \"Badger\".", (5, 25)),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 29)));

    /// <summary>Validate: Known type names unknown type names are invalid (no suggestions)</summary>
    [Fact]
    public void UnknownTypeNamesAreInvalidNoSuggestions() => ExpectErrorsWith(
            new CaseOptions { Schema = null, HideSuggestions = true },
            """

                  query Foo($var: [JumbledUpLetters!]!) {
                    user(id: 4) {
                      name
                      pets { ... on Badger { name }, ...PetFields }
                    }
                  }
                  fragment PetFields on Peat {
                    name
                  }
            """,
            Error("Unknown type \"JumbledUpLetters\".", (2, 24)),
            Error("Unknown type \"Badger\".", (5, 25)),
            Error("Unknown type \"Peat\".", (8, 29)));

    /// <summary>Validate: Known type names references to standard scalars that are missing in schema</summary>
    [Fact]
    public void ReferencesToStandardScalarsThatAreMissingInSchema() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  query ($id: ID, $float: Float, $int: Int) {
                    __typename
                  }
            """,
            Error("Unknown type \"ID\".", (2, 19)),
            Error("Unknown type \"Float\".", (2, 31)),
            Error("Unknown type \"Int\".", (2, 44)));

    /// <summary>Validate: Known type names within SDL use standard types</summary>
    [Fact]
    public void WithinSDLUseStandardTypes() => ExpectSdlValid(
            null,
            """

                    type Query {
                      string: String
                      int: Int
                      float: Float
                      boolean: Boolean
                      id: ID
                      introspectionType: __EnumValue
                    }
            """);

    /// <summary>Validate: Known type names within SDL reference types defined inside the same document</summary>
    [Fact]
    public void WithinSDLReferenceTypesDefinedInsideTheSameDocument() => ExpectSdlValid(
            null,
            """

                    union SomeUnion = SomeObject | AnotherObject

                    type SomeObject implements SomeInterface {
                      someScalar(arg: SomeInputObject): SomeScalar
                    }

                    type AnotherObject {
                      foo(arg: SomeInputObject): String
                    }

                    type SomeInterface {
                      someScalar(arg: SomeInputObject): SomeScalar
                    }

                    input SomeInputObject {
                      someScalar: SomeScalar
                    }

                    scalar SomeScalar

                    type RootQuery {
                      someInterface: SomeInterface
                      someUnion: SomeUnion
                      someScalar: SomeScalar
                      someObject: SomeObject
                    }

                    schema {
                      query: RootQuery
                    }
            """);

    /// <summary>Validate: Known type names within SDL unknown type references</summary>
    [Fact]
    public void WithinSDLUnknownTypeReferences() => ExpectSdlErrors(
            null,
            """

                    type A
                    type B

                    type SomeObject implements C {
                      e(d: D): E
                    }

                    union SomeUnion = F | G

                    interface SomeInterface {
                      i(h: H): I
                    }

                    input SomeInput {
                      j: J
                    }

                    directive @SomeDirective(k: K) on QUERY

                    schema {
                      query: L
                      mutation: M
                      subscription: N
                    }
            """,
            Error("Unknown type \"C\". Did you mean \"A\" or \"B\"?", (5, 36)),
            Error("Unknown type \"D\". Did you mean \"A\", \"B\", or \"ID\"?", (6, 16)),
            Error("Unknown type \"E\". Did you mean \"A\" or \"B\"?", (6, 20)),
            Error("Unknown type \"F\". Did you mean \"A\" or \"B\"?", (9, 27)),
            Error("Unknown type \"G\". Did you mean \"A\" or \"B\"?", (9, 31)),
            Error("Unknown type \"H\". Did you mean \"A\" or \"B\"?", (12, 16)),
            Error("Unknown type \"I\". Did you mean \"A\", \"B\", or \"ID\"?", (12, 20)),
            Error("Unknown type \"J\". Did you mean \"A\" or \"B\"?", (16, 14)),
            Error("Unknown type \"K\". Did you mean \"A\" or \"B\"?", (19, 37)),
            Error("Unknown type \"L\". Did you mean \"A\" or \"B\"?", (22, 18)),
            Error("Unknown type \"M\". Did you mean \"A\" or \"B\"?", (23, 21)),
            Error("Unknown type \"N\". Did you mean \"A\" or \"B\"?", (24, 25)));

    /// <summary>Validate: Known type names within SDL does not consider non-type definitions</summary>
    [Fact]
    public void WithinSDLDoesNotConsiderNonTypeDefinitions() => ExpectSdlErrors(
            null,
            """

                    query Foo { __typename }
                    fragment Foo on Query { __typename }
                    directive @Foo on QUERY

                    type Query {
                      foo: Foo
                    }
            """,
            Error("Unknown type \"Foo\".", (7, 16)));

    /// <summary>Validate: Known type names within SDL reference standard types inside extension document</summary>
    [Fact]
    public void WithinSDLReferenceStandardTypesInsideExtensionDocument() => ExpectSdlValid(
            Schema2,
            """

                    type SomeType {
                      string: String
                      int: Int
                      float: Float
                      boolean: Boolean
                      id: ID
                      introspectionType: __EnumValue
                    }
            """);

    /// <summary>Validate: Known type names within SDL reference types inside extension document</summary>
    [Fact]
    public void WithinSDLReferenceTypesInsideExtensionDocument() => ExpectSdlValid(
            Schema2,
            """

                    type QueryRoot {
                      foo: Foo
                      bar: Bar
                    }

                    scalar Bar

                    schema {
                      query: QueryRoot
                    }
            """);

    /// <summary>Validate: Known type names within SDL unknown type references inside extension document</summary>
    [Fact]
    public void WithinSDLUnknownTypeReferencesInsideExtensionDocument() => ExpectSdlErrors(
            Schema3,
            """

                    type B

                    type SomeObject implements C {
                      e(d: D): E
                    }

                    union SomeUnion = F | G

                    interface SomeInterface {
                      i(h: H): I
                    }

                    input SomeInput {
                      j: J
                    }

                    directive @SomeDirective(k: K) on QUERY

                    schema {
                      query: L
                      mutation: M
                      subscription: N
                    }
            """,
            Error("Unknown type \"C\". Did you mean \"A\" or \"B\"?", (4, 36)),
            Error("Unknown type \"D\". Did you mean \"A\", \"B\", or \"ID\"?", (5, 16)),
            Error("Unknown type \"E\". Did you mean \"A\" or \"B\"?", (5, 20)),
            Error("Unknown type \"F\". Did you mean \"A\" or \"B\"?", (8, 27)),
            Error("Unknown type \"G\". Did you mean \"A\" or \"B\"?", (8, 31)),
            Error("Unknown type \"H\". Did you mean \"A\" or \"B\"?", (11, 16)),
            Error("Unknown type \"I\". Did you mean \"A\", \"B\", or \"ID\"?", (11, 20)),
            Error("Unknown type \"J\". Did you mean \"A\" or \"B\"?", (15, 14)),
            Error("Unknown type \"K\". Did you mean \"A\" or \"B\"?", (18, 37)),
            Error("Unknown type \"L\". Did you mean \"A\" or \"B\"?", (21, 18)),
            Error("Unknown type \"M\". Did you mean \"A\" or \"B\"?", (22, 21)),
            Error("Unknown type \"N\". Did you mean \"A\" or \"B\"?", (23, 25)));
}
