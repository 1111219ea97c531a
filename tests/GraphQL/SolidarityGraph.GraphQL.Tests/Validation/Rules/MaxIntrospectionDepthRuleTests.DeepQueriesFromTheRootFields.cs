using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The top-level cases that nest introspection fields too deep under <c>__schema</c>, <c>__type</c> or several parents.</content>
public sealed partial class MaxIntrospectionDepthRuleTests
{
    /// <summary>Validate: Max introspection nodes rule 3 fields deep introspection query from __schema</summary>
    [Fact]
    public void Case3FieldsDeepIntrospectionQueryFromSchema() => ExpectErrors(
            """

                {
                  __schema {
                    types {
                      fields {
                        type {
                          fields {
                            type {
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
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 interfaces deep introspection query from __schema</summary>
    [Fact]
    public void Case3InterfacesDeepIntrospectionQueryFromSchema() => ExpectErrors(
            """

                {
                  __schema {
                    types {
                      interfaces {
                        interfaces {
                          interfaces {
                            name
                          }
                        }
                      }
                    }
                  }
                }
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 possibleTypes deep introspection query from __schema</summary>
    [Fact]
    public void Case3PossibleTypesDeepIntrospectionQueryFromSchema() => ExpectErrors(
            """

                {
                  __schema {
                    types {
                      possibleTypes {
                        possibleTypes {
                          possibleTypes {
                            name
                          }
                        }
                      }
                    }
                  }
                }
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 inputFields deep introspection query from __schema</summary>
    [Fact]
    public void Case3InputFieldsDeepIntrospectionQueryFromSchema() => ExpectErrors(
            """

                {
                  __schema {
                    types {
                      inputFields {
                        type {
                          inputFields {
                            type {
                              inputFields {
                                type {
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
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 fields deep introspection query from multiple __schema</summary>
    [Fact]
    public void Case3FieldsDeepIntrospectionQueryFromMultipleSchema() => ExpectErrors(
            """

                {
                  one: __schema {
                    types {
                      fields {
                        type {
                          fields {
                            type {
                              fields {
                                name
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  two: __schema {
                    types {
                      fields {
                        type {
                          fields {
                            type {
                              fields {
                                name
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  three: __schema {
                    types {
                      fields {
                        type {
                          fields {
                            type {
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
            """,
            Error("Maximum introspection depth exceeded", (3, 7)),
            Error("Maximum introspection depth exceeded", (18, 7)),
            Error("Maximum introspection depth exceeded", (33, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 fields deep introspection query from __type</summary>
    [Fact]
    public void Case3FieldsDeepIntrospectionQueryFromType() => ExpectErrors(
            """

                {
                  __type(name: "Query") {
                    types {
                      fields {
                        type {
                          fields {
                            type {
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
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));

    /// <summary>Validate: Max introspection nodes rule 3 fields deep introspection query from multiple __type</summary>
    [Fact]
    public void Case3FieldsDeepIntrospectionQueryFromMultipleType() => ExpectErrors(
            """

                {
                  one: __type(name: "Query") {
                    types {
                      fields {
                        type {
                          fields {
                            type {
                              fields {
                                name
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  two: __type(name: "Query") {
                    types {
                      fields {
                        type {
                          fields {
                            type {
                              fields {
                                name
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  three: __type(name: "Query") {
                    types {
                      fields {
                        type {
                          fields {
                            type {
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
            """,
            Error("Maximum introspection depth exceeded", (3, 7)),
            Error("Maximum introspection depth exceeded", (18, 7)),
            Error("Maximum introspection depth exceeded", (33, 7)));

    /// <summary>Validate: Max introspection nodes rule 1 fields deep with 3 fields introspection query</summary>
    [Fact]
    public void Case1FieldsDeepWith3FieldsIntrospectionQuery() => ExpectValid(
            """

                {
                  __schema {
                    types {
                      fields {
                        type {
                          oneFields: fields {
                            name
                          }
                          twoFields: fields {
                            name
                          }
                          threeFields: fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
            """);

    /// <summary>Validate: Max introspection nodes rule 3 fields deep from varying parents introspection query</summary>
    [Fact]
    public void Case3FieldsDeepFromVaryingParentsIntrospectionQuery() => ExpectErrors(
            """

                {
                  __schema {
                    types {
                      fields {
                        type {
                          fields {
                            type {
                              ofType {
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
            """,
            Error("Maximum introspection depth exceeded", (3, 7)));
}
