using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The ExecutableDefinitionsRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class ExecutableDefinitionsRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new ExecutableDefinitionsRule();

    /// <summary>Validate: Executable definitions with only operation</summary>
    [Fact]
    public void WithOnlyOperation() => ExpectValid(
            """

                  query Foo {
                    dog {
                      name
                    }
                  }
            """);

    /// <summary>Validate: Executable definitions with operation and fragment</summary>
    [Fact]
    public void WithOperationAndFragment() => ExpectValid(
            """

                  query Foo {
                    dog {
                      name
                      ...Frag
                    }
                  }

                  fragment Frag on Dog {
                    name
                  }
            """);

    /// <summary>Validate: Executable definitions with type definition</summary>
    [Fact]
    public void WithTypeDefinition() => ExpectErrors(
            """

                  query Foo {
                    dog {
                      name
                    }
                  }

                  type Cow {
                    name: String
                  }

                  extend type Dog {
                    color: String
                  }
            """,
            Error("The \"Cow\" definition is not executable.", (8, 7)),
            Error("The \"Dog\" definition is not executable.", (12, 7)));

    /// <summary>Validate: Executable definitions with schema definition</summary>
    [Fact]
    public void WithSchemaDefinition() => ExpectErrors(
            """

                  schema {
                    query: Query
                  }

                  type Query {
                    test: String
                  }

                  extend schema @directive
            """,
            Error("The schema definition is not executable.", (2, 7)),
            Error("The \"Query\" definition is not executable.", (6, 7)),
            Error("The schema definition is not executable.", (10, 7)));
}
