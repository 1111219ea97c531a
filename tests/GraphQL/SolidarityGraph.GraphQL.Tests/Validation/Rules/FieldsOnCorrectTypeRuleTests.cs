using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The FieldsOnCorrectTypeRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class FieldsOnCorrectTypeRuleTests : ValidationHarness
{
    private const string Schema1 = """
        interface Pet {
          name: String
        }

        type Dog implements Pet {
          name: String
          nickname: String
          barkVolume: Int
        }

        type Cat implements Pet {
          name: String
          nickname: String
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog

        type Human {
          name: String
          pets: [Pet]
        }

        type Query {
          human: Human
        }
        """;

    protected override IValidationRule Rule { get; } = new FieldsOnCorrectTypeRule();

    /// <summary>Validate: Fields on correct type Object field selection</summary>
    [Fact]
    public void ObjectFieldSelection() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment objectFieldSelection on Dog {
                    __typename
                    name
                  }
            """);

    /// <summary>Validate: Fields on correct type Aliased object field selection</summary>
    [Fact]
    public void AliasedObjectFieldSelection() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment aliasedObjectFieldSelection on Dog {
                    tn : __typename
                    otherName : name
                  }
            """);

    /// <summary>Validate: Fields on correct type Interface field selection</summary>
    [Fact]
    public void InterfaceFieldSelection() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment interfaceFieldSelection on Pet {
                    __typename
                    name
                  }
            """);

    /// <summary>Validate: Fields on correct type Aliased interface field selection</summary>
    [Fact]
    public void AliasedInterfaceFieldSelection() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment interfaceFieldSelection on Pet {
                    otherName : name
                  }
            """);

    /// <summary>Validate: Fields on correct type Lying alias selection</summary>
    [Fact]
    public void LyingAliasSelection() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment lyingAliasSelection on Dog {
                    name : nickname
                  }
            """);

    /// <summary>Validate: Fields on correct type Ignores fields on unknown type</summary>
    [Fact]
    public void IgnoresFieldsOnUnknownType() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment unknownSelection on UnknownType {
                    unknownField
                  }
            """);

    /// <summary>Validate: Fields on correct type reports errors when type is known again</summary>
    [Fact]
    public void ReportsErrorsWhenTypeIsKnownAgain() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment typeKnownAgain on Pet {
                    unknown_pet_field {
                      ... on Cat {
                        unknown_cat_field
                      }
                    }
                  }
            """,
            Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (3, 9)),
            Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (5, 13)));

    /// <summary>Validate: Fields on correct type Field not defined on fragment</summary>
    [Fact]
    public void FieldNotDefinedOnFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment fieldNotDefined on Dog {
                    meowVolume
                  }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));

    /// <summary>Validate: Fields on correct type Field not defined on fragment (no suggestions)</summary>
    [Fact]
    public void FieldNotDefinedOnFragmentNoSuggestions() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1, HideSuggestions = true },
            """

                  fragment fieldNotDefined on Dog {
                    meowVolume
                  }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\".", (3, 9)));

    /// <summary>Validate: Fields on correct type Ignores deeply unknown field</summary>
    [Fact]
    public void IgnoresDeeplyUnknownField() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment deepFieldNotDefined on Dog {
                    unknown_field {
                      deeper_unknown_field
                    }
                  }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Dog\".", (3, 9)));

    /// <summary>Validate: Fields on correct type Sub-field not defined</summary>
    [Fact]
    public void SubFieldNotDefined() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment subFieldNotDefined on Human {
                    pets {
                      unknown_field
                    }
                  }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Pet\".", (4, 11)));

    /// <summary>Validate: Fields on correct type Field not defined on inline fragment</summary>
    [Fact]
    public void FieldNotDefinedOnInlineFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment fieldNotDefined on Pet {
                    ... on Dog {
                      meowVolume
                    }
                  }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (4, 11)));

    /// <summary>Validate: Fields on correct type Aliased field target not defined</summary>
    [Fact]
    public void AliasedFieldTargetNotDefined() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment aliasedFieldTargetNotDefined on Dog {
                    volume : mooVolume
                  }
            """,
            Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));

    /// <summary>Validate: Fields on correct type Aliased lying field target not defined</summary>
    [Fact]
    public void AliasedLyingFieldTargetNotDefined() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment aliasedLyingFieldTargetNotDefined on Dog {
                    barkVolume : kawVolume
                  }
            """,
            Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));

    /// <summary>Validate: Fields on correct type Not defined on interface</summary>
    [Fact]
    public void NotDefinedOnInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment notDefinedOnInterface on Pet {
                    tailLength
                  }
            """,
            Error("Cannot query field \"tailLength\" on type \"Pet\".", (3, 9)));

    /// <summary>Validate: Fields on correct type Defined on implementors but not on interface</summary>
    [Fact]
    public void DefinedOnImplementorsButNotOnInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment definedOnImplementorsButNotInterface on Pet {
                    nickname
                  }
            """,
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (3, 9)));

    /// <summary>Validate: Fields on correct type Meta field selection on union</summary>
    [Fact]
    public void MetaFieldSelectionOnUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment directFieldSelectionOnUnion on CatOrDog {
                    __typename
                  }
            """);

    /// <summary>Validate: Fields on correct type Direct field selection on union</summary>
    [Fact]
    public void DirectFieldSelectionOnUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment directFieldSelectionOnUnion on CatOrDog {
                    directField
                  }
            """,
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (3, 9)));

    /// <summary>Validate: Fields on correct type Defined on implementors queried on union</summary>
    [Fact]
    public void DefinedOnImplementorsQueriedOnUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
                    name
                  }
            """,
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (3, 9)));

    /// <summary>Validate: Fields on correct type valid field in inline fragment</summary>
    [Fact]
    public void ValidFieldInInlineFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment objectFieldSelection on Pet {
                    ... on Dog {
                      name
                    }
                    ... {
                      name
                    }
                  }
            """);
}
