using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The LoneSchemaDefinitionRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class LoneSchemaDefinitionRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Foo {
          foo: String
        }
        """;

    private const string Schema2 = """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }
        """;

    private const string Schema3 = """
        type Query {
          fooField: Foo
        }

        type Foo {
          foo: String
        }
        """;

    protected override IValidationRule Rule { get; } = new LoneSchemaDefinitionRule();

    /// <summary>Validate: Schema definition should be alone no schema</summary>
    [Fact]
    public void NoSchema() => ExpectSdlValid(
            null,
            """

                  type Query {
                    foo: String
                  }
            """);

    /// <summary>Validate: Schema definition should be alone one schema definition</summary>
    [Fact]
    public void OneSchemaDefinition() => ExpectSdlValid(
            null,
            """

                  schema {
                    query: Foo
                  }

                  type Foo {
                    foo: String
                  }
            """);

    /// <summary>Validate: Schema definition should be alone multiple schema definitions</summary>
    [Fact]
    public void MultipleSchemaDefinitions() => ExpectSdlErrors(
            null,
            """

                  schema {
                    query: Foo
                  }

                  type Foo {
                    foo: String
                  }

                  schema {
                    mutation: Foo
                  }

                  schema {
                    subscription: Foo
                  }
            """,
            Error("Must provide only one schema definition.", (10, 7)),
            Error("Must provide only one schema definition.", (14, 7)));

    /// <summary>Validate: Schema definition should be alone define schema in schema extension</summary>
    [Fact]
    public void DefineSchemaInSchemaExtension() => ExpectSdlValid(
            Schema1,
            """

                    schema {
                      query: Foo
                    }
            """);

    /// <summary>Validate: Schema definition should be alone redefine schema in schema extension</summary>
    [Fact]
    public void RedefineSchemaInSchemaExtension() => ExpectSdlErrors(
            Schema2,
            """

                    schema {
                      mutation: Foo
                    }
            """,
            Error("Cannot define a new schema within a schema extension.", (2, 9)));

    /// <summary>Validate: Schema definition should be alone redefine implicit schema in schema extension</summary>
    [Fact]
    public void RedefineImplicitSchemaInSchemaExtension() => ExpectSdlErrors(
            Schema3,
            """

                    schema {
                      mutation: Foo
                    }
            """,
            Error("Cannot define a new schema within a schema extension.", (2, 9)));

    /// <summary>Validate: Schema definition should be alone extend schema in schema extension</summary>
    [Fact]
    public void ExtendSchemaInSchemaExtension() => ExpectSdlValid(
            Schema3,
            """

                    extend schema {
                      mutation: Foo
                    }
            """);
}
