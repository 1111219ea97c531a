using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueOperationTypesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueOperationTypesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Foo
        """;

    private const string Schema2 = """
        type Query
        """;

    private const string Schema3 = """
        type Query

        type Mutation

        type Subscription

        type Foo
        """;

    private const string Schema4 = """
        type Query

        type Mutation

        type Subscription
        """;

    protected override IValidationRule Rule { get; } = new UniqueOperationTypesRule();

    /// <summary>Validate: Unique operation types no schema definition</summary>
    [Fact]
    public void NoSchemaDefinition() => ExpectSdlValid(
            null,
            """

                  type Foo
            """);

    /// <summary>Validate: Unique operation types schema definition with all types</summary>
    [Fact]
    public void SchemaDefinitionWithAllTypes() => ExpectSdlValid(
            null,
            """

                  type Foo

                  schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """);

    /// <summary>Validate: Unique operation types schema definition with single extension</summary>
    [Fact]
    public void SchemaDefinitionWithSingleExtension() => ExpectSdlValid(
            null,
            """

                  type Foo

                  schema { query: Foo }

                  extend schema {
                    mutation: Foo
                    subscription: Foo
                  }
            """);

    /// <summary>Validate: Unique operation types schema definition with separate extensions</summary>
    [Fact]
    public void SchemaDefinitionWithSeparateExtensions() => ExpectSdlValid(
            null,
            """

                  type Foo

                  schema { query: Foo }
                  extend schema { mutation: Foo }
                  extend schema { subscription: Foo }
            """);

    /// <summary>Validate: Unique operation types extend schema before definition</summary>
    [Fact]
    public void ExtendSchemaBeforeDefinition() => ExpectSdlValid(
            null,
            """

                  type Foo

                  extend schema { mutation: Foo }
                  extend schema { subscription: Foo }

                  schema { query: Foo }
            """);

    /// <summary>Validate: Unique operation types duplicate operation types inside single schema definition</summary>
    [Fact]
    public void DuplicateOperationTypesInsideSingleSchemaDefinition() => ExpectSdlErrors(
            null,
            """

                  type Foo

                  schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo

                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """,
            Error("There can be only one query type in schema.", (5, 9), (9, 9)),
            Error("There can be only one mutation type in schema.", (6, 9), (10, 9)),
            Error("There can be only one subscription type in schema.", (7, 9), (11, 9)));

    /// <summary>Validate: Unique operation types duplicate operation types inside schema extension</summary>
    [Fact]
    public void DuplicateOperationTypesInsideSchemaExtension() => ExpectSdlErrors(
            null,
            """

                  type Foo

                  schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }

                  extend schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """,
            Error("There can be only one query type in schema.", (5, 9), (11, 9)),
            Error("There can be only one mutation type in schema.", (6, 9), (12, 9)),
            Error("There can be only one subscription type in schema.", (7, 9), (13, 9)));

    /// <summary>Validate: Unique operation types duplicate operation types inside schema extension twice</summary>
    [Fact]
    public void DuplicateOperationTypesInsideSchemaExtensionTwice() => ExpectSdlErrors(
            null,
            """

                  type Foo

                  schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }

                  extend schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }

                  extend schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """,
            Error("There can be only one query type in schema.", (5, 9), (11, 9)),
            Error("There can be only one mutation type in schema.", (6, 9), (12, 9)),
            Error("There can be only one subscription type in schema.", (7, 9), (13, 9)),
            Error("There can be only one query type in schema.", (5, 9), (17, 9)),
            Error("There can be only one mutation type in schema.", (6, 9), (18, 9)),
            Error("There can be only one subscription type in schema.", (7, 9), (19, 9)));

    /// <summary>Validate: Unique operation types duplicate operation types inside second schema extension</summary>
    [Fact]
    public void DuplicateOperationTypesInsideSecondSchemaExtension() => ExpectSdlErrors(
            null,
            """

                  type Foo

                  schema {
                    query: Foo
                  }

                  extend schema {
                    mutation: Foo
                    subscription: Foo
                  }

                  extend schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """,
            Error("There can be only one query type in schema.", (5, 9), (14, 9)),
            Error("There can be only one mutation type in schema.", (9, 9), (15, 9)),
            Error("There can be only one subscription type in schema.", (10, 9), (16, 9)));

    /// <summary>Validate: Unique operation types define schema inside extension SDL</summary>
    [Fact]
    public void DefineSchemaInsideExtensionSDL() => ExpectSdlValid(
            Schema1,
            """

                  schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """);

    /// <summary>Validate: Unique operation types define and extend schema inside extension SDL</summary>
    [Fact]
    public void DefineAndExtendSchemaInsideExtensionSDL() => ExpectSdlValid(
            Schema1,
            """

                  schema { query: Foo }
                  extend schema { mutation: Foo }
                  extend schema { subscription: Foo }
            """);

    /// <summary>Validate: Unique operation types adding new operation types to existing schema</summary>
    [Fact]
    public void AddingNewOperationTypesToExistingSchema() => ExpectSdlValid(
            Schema2,
            """

                  extend schema { mutation: Foo }
                  extend schema { subscription: Foo }
            """);

    /// <summary>Validate: Unique operation types adding conflicting operation types to existing schema</summary>
    [Fact]
    public void AddingConflictingOperationTypesToExistingSchema() => ExpectSdlErrors(
            Schema3,
            """

                  extend schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """,
            Error("Type for query already defined in the schema. It cannot be redefined.", (3, 9)),
            Error("Type for mutation already defined in the schema. It cannot be redefined.", (4, 9)),
            Error("Type for subscription already defined in the schema. It cannot be redefined.", (5, 9)));

    /// <summary>Validate: Unique operation types adding conflicting operation types to existing schema twice</summary>
    [Fact]
    public void AddingConflictingOperationTypesToExistingSchemaTwice() => ExpectSdlErrors(
            Schema4,
            """

                  extend schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }

                  extend schema {
                    query: Foo
                    mutation: Foo
                    subscription: Foo
                  }
            """,
            Error("Type for query already defined in the schema. It cannot be redefined.", (3, 9)),
            Error("Type for mutation already defined in the schema. It cannot be redefined.", (4, 9)),
            Error("Type for subscription already defined in the schema. It cannot be redefined.", (5, 9)),
            Error("Type for query already defined in the schema. It cannot be redefined.", (9, 9)),
            Error("Type for mutation already defined in the schema. It cannot be redefined.", (10, 9)),
            Error("Type for subscription already defined in the schema. It cannot be redefined.", (11, 9)));
}
