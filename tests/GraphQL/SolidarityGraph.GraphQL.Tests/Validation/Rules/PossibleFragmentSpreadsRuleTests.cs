using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The PossibleFragmentSpreadsRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class PossibleFragmentSpreadsRuleTests : ValidationHarness
{
    private const string Schema1 = """
        interface Being {
          name: String
        }

        interface Pet implements Being {
          name: String
        }

        type Dog implements Being & Pet {
          name: String
          barkVolume: Int
        }

        type Cat implements Being & Pet {
          name: String
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog

        interface Intelligent {
          iq: Int
        }

        type Human implements Being & Intelligent {
          name: String
          pets: [Pet]
          iq: Int
        }

        type Alien implements Being & Intelligent {
          name: String
          iq: Int
        }

        union DogOrHuman = Dog | Human

        union HumanOrAlien = Human | Alien

        type Query {
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
        }
        """;

    protected override IValidationRule Rule { get; } = new PossibleFragmentSpreadsRule();

    /// <summary>Validate: Possible fragment spreads of the same object</summary>
    [Fact]
    public void OfTheSameObject() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment objectWithinObject on Dog { ...dogFragment }
                  fragment dogFragment on Dog { barkVolume }
            """);

    /// <summary>Validate: Possible fragment spreads of the same object with inline fragment</summary>
    [Fact]
    public void OfTheSameObjectWithInlineFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """);

    /// <summary>Validate: Possible fragment spreads object into an implemented interface</summary>
    [Fact]
    public void ObjectIntoAnImplementedInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment objectWithinInterface on Pet { ...dogFragment }
                  fragment dogFragment on Dog { barkVolume }
            """);

    /// <summary>Validate: Possible fragment spreads object into containing union</summary>
    [Fact]
    public void ObjectIntoContainingUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment objectWithinUnion on CatOrDog { ...dogFragment }
                  fragment dogFragment on Dog { barkVolume }
            """);

    /// <summary>Validate: Possible fragment spreads union into contained object</summary>
    [Fact]
    public void UnionIntoContainedObject() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment unionWithinObject on Dog { ...catOrDogFragment }
                  fragment catOrDogFragment on CatOrDog { __typename }
            """);

    /// <summary>Validate: Possible fragment spreads union into overlapping interface</summary>
    [Fact]
    public void UnionIntoOverlappingInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment unionWithinInterface on Pet { ...catOrDogFragment }
                  fragment catOrDogFragment on CatOrDog { __typename }
            """);

    /// <summary>Validate: Possible fragment spreads union into overlapping union</summary>
    [Fact]
    public void UnionIntoOverlappingUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
                  fragment catOrDogFragment on CatOrDog { __typename }
            """);

    /// <summary>Validate: Possible fragment spreads interface into implemented object</summary>
    [Fact]
    public void InterfaceIntoImplementedObject() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment interfaceWithinObject on Dog { ...petFragment }
                  fragment petFragment on Pet { name }
            """);

    /// <summary>Validate: Possible fragment spreads interface into overlapping interface</summary>
    [Fact]
    public void InterfaceIntoOverlappingInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment interfaceWithinInterface on Pet { ...beingFragment }
                  fragment beingFragment on Being { name }
            """);

    /// <summary>Validate: Possible fragment spreads interface into overlapping interface in inline fragment</summary>
    [Fact]
    public void InterfaceIntoOverlappingInterfaceInInlineFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment interfaceWithinInterface on Pet { ... on Being { name } }
            """);

    /// <summary>Validate: Possible fragment spreads interface into overlapping union</summary>
    [Fact]
    public void InterfaceIntoOverlappingUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment interfaceWithinUnion on CatOrDog { ...petFragment }
                  fragment petFragment on Pet { name }
            """);

    /// <summary>Validate: Possible fragment spreads ignores incorrect type (caught by FragmentsOnCompositeTypesRule)</summary>
    [Fact]
    public void IgnoresIncorrectTypeCaughtByFragmentsOnCompositeTypesRule() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment petFragment on Pet { ...badInADifferentWay }
                  fragment badInADifferentWay on String { name }
            """);

    /// <summary>Validate: Possible fragment spreads ignores unknown fragments (caught by KnownFragmentNamesRule)</summary>
    [Fact]
    public void IgnoresUnknownFragmentsCaughtByKnownFragmentNamesRule() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment petFragment on Pet { ...UnknownFragment }
            """);

    /// <summary>Validate: Possible fragment spreads different object into object</summary>
    [Fact]
    public void DifferentObjectIntoObject() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidObjectWithinObject on Cat { ...dogFragment }
                  fragment dogFragment on Dog { barkVolume }
            """,
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 51)));

    /// <summary>Validate: Possible fragment spreads different object into object in inline fragment</summary>
    [Fact]
    public void DifferentObjectIntoObjectInInlineFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidObjectWithinObjectAnon on Cat {
                    ... on Dog { barkVolume }
                  }
            """,
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (3, 9)));

    /// <summary>Validate: Possible fragment spreads object into not implementing interface</summary>
    [Fact]
    public void ObjectIntoNotImplementingInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidObjectWithinInterface on Pet { ...humanFragment }
                  fragment humanFragment on Human { pets { name } }
            """,
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 54)));

    /// <summary>Validate: Possible fragment spreads object into not containing union</summary>
    [Fact]
    public void ObjectIntoNotContainingUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
                  fragment humanFragment on Human { pets { name } }
            """,
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 55)));

    /// <summary>Validate: Possible fragment spreads union into not contained object</summary>
    [Fact]
    public void UnionIntoNotContainedObject() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
                  fragment catOrDogFragment on CatOrDog { __typename }
            """,
            Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (2, 52)));

    /// <summary>Validate: Possible fragment spreads union into non overlapping interface</summary>
    [Fact]
    public void UnionIntoNonOverlappingInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
                  fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (2, 53)));

    /// <summary>Validate: Possible fragment spreads union into non overlapping union</summary>
    [Fact]
    public void UnionIntoNonOverlappingUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
                  fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (2, 54)));

    /// <summary>Validate: Possible fragment spreads interface into non implementing object</summary>
    [Fact]
    public void InterfaceIntoNonImplementingObject() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
                  fragment intelligentFragment on Intelligent { iq }
            """,
            Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (2, 54)));

    /// <summary>Validate: Possible fragment spreads interface into non overlapping interface</summary>
    [Fact]
    public void InterfaceIntoNonOverlappingInterface() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidInterfaceWithinInterface on Pet {
                    ...intelligentFragment
                  }
                  fragment intelligentFragment on Intelligent { iq }
            """,
            Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));

    /// <summary>Validate: Possible fragment spreads interface into non overlapping interface in inline fragment</summary>
    [Fact]
    public void InterfaceIntoNonOverlappingInterfaceInInlineFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidInterfaceWithinInterfaceAnon on Pet {
                    ...on Intelligent { iq }
                  }
            """,
            Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));

    /// <summary>Validate: Possible fragment spreads interface into non overlapping union</summary>
    [Fact]
    public void InterfaceIntoNonOverlappingUnion() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
                  fragment petFragment on Pet { name }
            """,
            Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (2, 62)));
}
