using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The MaxIntrospectionDepthRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations). graphql-js has one <c>describe</c> here; its cases are split by subject:
/// valid queries in this file, too-deep queries from the root fields and through fragments in the other two.
/// </summary>
public sealed partial class MaxIntrospectionDepthRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new MaxIntrospectionDepthRule();

    /// <summary>Validate: Max introspection nodes rule default introspection query</summary>
    [Fact]
    public void DefaultIntrospectionQuery() => ExpectValid(
            """

                query IntrospectionQuery {
                  __schema {

                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives {
                      name
                      description

                      locations
                      args {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  description

                  fields(includeDeprecated: true) {
                    name
                    description
                    args {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    description
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  description
                  type { ...TypeRef }
                  defaultValue

                }

                fragment TypeRef on __Type {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType {
                            kind
                            name
                            ofType {
                              kind
                              name
                              ofType {
                                kind
                                name
                                ofType {
                                  kind
                                  name
                                  ofType {
                                    kind
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
            """);

    /// <summary>Validate: Max introspection nodes rule all options introspection query</summary>
    [Fact]
    public void AllOptionsIntrospectionQuery() => ExpectValid(
            """

                query IntrospectionQuery {
                  __schema {
                    description
                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives {
                      name
                      description
                      isRepeatable
                      locations
                      args(includeDeprecated: true) {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  description
                  specifiedByURL

                  fields(includeDeprecated: true) {
                    name
                    description
                    args(includeDeprecated: true) {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields(includeDeprecated: true) {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    description
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  description
                  type { ...TypeRef }
                  defaultValue
                  isDeprecated
                  deprecationReason
                }

                fragment TypeRef on __Type {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType {
                            kind
                            name
                            ofType {
                              kind
                              name
                              ofType {
                                kind
                                name
                                ofType {
                                  kind
                                  name
                                  ofType {
                                    kind
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
            """);

    /// <summary>Validate: Max introspection nodes rule 3 flat fields introspection query</summary>
    [Fact]
    public void Case3FlatFieldsIntrospectionQuery() => ExpectValid(
            """

                {
                  __type(name: "Query") {
                    trueFields: fields(includeDeprecated: true) {
                      name
                    }
                    falseFields: fields(includeDeprecated: false) {
                      name
                    }
                    omittedFields: fields {
                      name
                    }
                  }
                }
            """);
}
