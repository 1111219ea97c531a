using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>More ported OverlappingFieldsCanBeMergedRule cases.</content>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    /// <summary>Validate: Overlapping fields can be merged finds invalid cases even with field named after fragment</summary>
    [Fact]
    public void FindsInvalidCasesEvenWithFieldNamedAfterFragment() => ExpectErrors(
            """

                  {
                    fragA
                    ...fragA
                  }

                  fragment fragA on Type {
                    fragA: b
                  }
            """,
            Error("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (8, 9)));

    /// <summary>Validate: Overlapping fields can be merged does not infinite loop on transitively recursive fragment</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnTransitivelyRecursiveFragment() => ExpectValid(
            """

                  {
                    ...fragA
                    fragB
                  }

                  fragment fragA on Human { name, ...fragB }
                  fragment fragB on Human { name, ...fragC }
                  fragment fragC on Human { name, ...fragA }
            """);

    /// <summary>Validate: Overlapping fields can be merged finds invalid case even with immediately recursive fragment</summary>
    [Fact]
    public void FindsInvalidCaseEvenWithImmediatelyRecursiveFragment() => ExpectErrors(
            """

                  fragment sameAliasesWithDifferentFieldTargets on Dog {
                    ...sameAliasesWithDifferentFieldTargets
                    fido: name
                    fido: nickname
                  }
            """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 9), (5, 9)));

    /// <summary>Validate: Overlapping fields can be merged does not infinite loop on recursive fragments separated by fields</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentsSeparatedByFields() => ExpectValid(
            """

                  {
                    ...fragA
                    ...fragB
                  }

                  fragment fragA on T {
                    x {
                      ...fragA
                      x {
                        ...fragA
                      }
                    }
                  }

                  fragment fragB on T {
                    x {
                      ...fragB
                      x {
                        ...fragB
                      }
                    }
                  }
            """);

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
}
