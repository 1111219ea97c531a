using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The cases of graphql-js's <c>describe('return types must be unambiguous')</c> group.</content>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous conflicting return types which potentially overlap</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousConflictingReturnTypesWhichPotentiallyOverlap() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ...on IntBox {
                            scalar
                          }
                          ...on NonNullStringBox1 {
                            scalar
                          }
                        }
                      }
            """,
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous compatible return shapes on different return types</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousCompatibleReturnShapesOnDifferentReturnTypes() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on SomeBox {
                            deepBox {
                              unrelatedField
                            }
                          }
                          ... on StringBox {
                            deepBox {
                              unrelatedField
                            }
                          }
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous disallows differing return types despite no overlap</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingReturnTypesDespiteNoOverlap() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on IntBox {
                            scalar
                          }
                          ... on StringBox {
                            scalar
                          }
                        }
                      }
            """,
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous reports correctly when a non-exclusive follows an exclusive</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousReportsCorrectlyWhenANonExclusiveFollowsAnExclusive() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on IntBox {
                            deepBox {
                              ...X
                            }
                          }
                        }
                        someBox {
                          ... on StringBox {
                            deepBox {
                              ...Y
                            }
                          }
                        }
                        memoed: someBox {
                          ... on IntBox {
                            deepBox {
                              ...X
                            }
                          }
                        }
                        memoed: someBox {
                          ... on StringBox {
                            deepBox {
                              ...Y
                            }
                          }
                        }
                        other: someBox {
                          ...X
                        }
                        other: someBox {
                          ...Y
                        }
                      }
                      fragment X on SomeBox {
                        scalar
                      }
                      fragment Y on SomeBox {
                        scalar: unrelatedField
                      }
            """,
            Error("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (31, 13), (39, 13), (34, 13), (42, 13)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous disallows differing return type nullability despite no overlap</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingReturnTypeNullabilityDespiteNoOverlap() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on NonNullStringBox1 {
                            scalar
                          }
                          ... on StringBox {
                            scalar
                          }
                        }
                      }
            """,
            Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous disallows differing return type list despite no overlap</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingReturnTypeListDespiteNoOverlap() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on IntBox {
                            box: listStringBox {
                              scalar
                            }
                          }
                          ... on StringBox {
                            box: stringBox {
                              scalar
                            }
                          }
                        }
                      }
            """,
            Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (10, 17)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous disallows differing return type list despite no overlap</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingReturnTypeListDespiteNoOverlap_2() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on IntBox {
                            box: stringBox {
                              scalar
                            }
                          }
                          ... on StringBox {
                            box: listStringBox {
                              scalar
                            }
                          }
                        }
                      }
            """,
            Error("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (10, 17)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous disallows differing subfields</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingSubfields() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on IntBox {
                            box: stringBox {
                              val: scalar
                              val: unrelatedField
                            }
                          }
                          ... on StringBox {
                            box: stringBox {
                              val: scalar
                            }
                          }
                        }
                      }
            """,
            Error("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 19), (7, 19)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous disallows differing deep return types despite no overlap</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousDisallowsDifferingDeepReturnTypesDespiteNoOverlap() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on IntBox {
                            box: stringBox {
                              scalar
                            }
                          }
                          ... on StringBox {
                            box: intBox {
                              scalar
                            }
                          }
                        }
                      }
            """,
            Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (6, 19), (10, 17), (11, 19)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous allows non-conflicting overlapping types</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousAllowsNonConflictingOverlappingTypes() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ... on IntBox {
                            scalar: unrelatedField
                          }
                          ... on StringBox {
                            scalar
                          }
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous same wrapped scalar return types</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousSameWrappedScalarReturnTypes() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ...on NonNullStringBox1 {
                            scalar
                          }
                          ...on NonNullStringBox2 {
                            scalar
                          }
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous allows inline fragments without type condition</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousAllowsInlineFragmentsWithoutTypeCondition() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        a
                        ... {
                          a
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous compares deep types including list</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousComparesDeepTypesIncludingList() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        connection {
                          ...edgeID
                          edges {
                            node {
                              id: name
                            }
                          }
                        }
                      }

                      fragment edgeID on Connection {
                        edges {
                          node {
                            id
                          }
                        }
                      }
            """,
            Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 15), (6, 17), (7, 19), (14, 13), (15, 15), (16, 17)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous ignores unknown types</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousIgnoresUnknownTypes() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ...on UnknownType {
                            scalar
                          }
                          ...on NonNullStringBox2 {
                            scalar
                          }
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous works for field names that are JS keywords</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousWorksForFieldNamesThatAreJSKeywords() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema4 },
            """

                      {
                        foo {
                          constructor
                        }
                      }
            """);
}
