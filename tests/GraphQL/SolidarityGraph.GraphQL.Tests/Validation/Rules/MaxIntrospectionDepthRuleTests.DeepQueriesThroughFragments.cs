using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The top-level cases that nest introspection fields through fragments, including missing and cyclic ones.</content>
public sealed partial class MaxIntrospectionDepthRuleTests
{
    /// <summary>Validate: Max introspection nodes rule 3 fields deep introspection query with inline fragments</summary>
    [Fact]
    public void Case3FieldsDeepIntrospectionQueryWithInlineFragments() => ExpectErrors(
            """

                query test {
                  __schema {
                    types {
                      ... on __Type {
                        fields {
                          type {
                            ... on __Type {
                              ofType {
                                fields {
                                  type {
                                    ... on __Type {
                                      fields {
                                        name
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 fields deep introspection query with fragments</summary>
    [Fact]
    public void Case3FieldsDeepIntrospectionQueryWithFragments() => ExpectErrors(
            """

                query test {
                  __schema {
                    types {
                      ...One
                    }
                  }
                }

                fragment One on __Type {
                  fields {
                    type {
                      ...Two
                    }
                  }
                }

                fragment Two on __Type {
                  fields {
                    type {
                      ...Three
                    }
                  }
                }

                fragment Three on __Type {
                  fields {
                    name
                  }
                }
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 fields deep inside inline fragment on query</summary>
    [Fact]
    public void Case3FieldsDeepInsideInlineFragmentOnQuery() => ExpectErrors(
            """

                {
                  ... {
                    __schema { types { fields { type { fields { type { fields { name } } } } } } }
                  }
                }
            """,
            Error("Maximum introspection depth exceeded", (4, 9)));

    /// <summary>Validate: Max introspection nodes rule opts out if fragment is missing</summary>
    [Fact]
    public void OptsOutIfFragmentIsMissing() => ExpectValid(
            """

                query test {
                  __schema {
                    types {
                      ...Missing
                    }
                  }
                }
            """);

    /// <summary>Validate: Max introspection nodes rule doesn't infinitely recurse on fragment cycle</summary>
    [Fact]
    public void DoesnTInfinitelyRecurseOnFragmentCycle() => ExpectValid(
            """

                query test {
                  __schema {
                    types {
                      ...Cycle
                    }
                  }
                }
                fragment Cycle on __Type {
                  ...Cycle
                }
            """);
}
