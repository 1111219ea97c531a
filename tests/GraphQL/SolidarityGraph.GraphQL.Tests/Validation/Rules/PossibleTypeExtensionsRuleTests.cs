using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The PossibleTypeExtensionsRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class PossibleTypeExtensionsRuleTests : ValidationHarness
{
    private const string Schema1 = """
        scalar FooScalar

        type FooObject

        interface FooInterface

        union FooUnion

        enum FooEnum

        input FooInputObject
        """;

    private const string Schema2 = """
        type Known
        """;

    protected override IValidationRule Rule { get; } = new PossibleTypeExtensionsRule();

    /// <summary>Validate: Possible type extensions no extensions</summary>
    [Fact]
    public void NoExtensions() => ExpectSdlValid(
            null,
            """

                  scalar FooScalar
                  type FooObject
                  interface FooInterface
                  union FooUnion
                  enum FooEnum
                  input FooInputObject
            """);

    /// <summary>Validate: Possible type extensions one extension per type</summary>
    [Fact]
    public void OneExtensionPerType() => ExpectSdlValid(
            null,
            """

                  scalar FooScalar
                  type FooObject
                  interface FooInterface
                  union FooUnion
                  enum FooEnum
                  input FooInputObject

                  extend scalar FooScalar @dummy
                  extend type FooObject @dummy
                  extend interface FooInterface @dummy
                  extend union FooUnion @dummy
                  extend enum FooEnum @dummy
                  extend input FooInputObject @dummy
            """);

    /// <summary>Validate: Possible type extensions many extensions per type</summary>
    [Fact]
    public void ManyExtensionsPerType() => ExpectSdlValid(
            null,
            """

                  scalar FooScalar
                  type FooObject
                  interface FooInterface
                  union FooUnion
                  enum FooEnum
                  input FooInputObject

                  extend scalar FooScalar @dummy
                  extend type FooObject @dummy
                  extend interface FooInterface @dummy
                  extend union FooUnion @dummy
                  extend enum FooEnum @dummy
                  extend input FooInputObject @dummy

                  extend scalar FooScalar @dummy
                  extend type FooObject @dummy
                  extend interface FooInterface @dummy
                  extend union FooUnion @dummy
                  extend enum FooEnum @dummy
                  extend input FooInputObject @dummy
            """);

    /// <summary>Validate: Possible type extensions extending unknown type</summary>
    [Fact]
    public void ExtendingUnknownType() => ExpectSdlErrors(
            null,
            """

                  type Known

                  extend scalar Unknown @dummy
                  extend type Unknown @dummy
                  extend interface Unknown @dummy
                  extend union Unknown @dummy
                  extend enum Unknown @dummy
                  extend input Unknown @dummy
            """,
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (4, 21)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (5, 19)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (6, 24)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (7, 20)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (8, 19)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (9, 20)));

    /// <summary>Validate: Possible type extensions does not consider non-type definitions</summary>
    [Fact]
    public void DoesNotConsiderNonTypeDefinitions() => ExpectSdlErrors(
            null,
            """

                  query Foo { __typename }
                  fragment Foo on Query { __typename }
                  directive @Foo on SCHEMA

                  extend scalar Foo @dummy
                  extend type Foo @dummy
                  extend interface Foo @dummy
                  extend union Foo @dummy
                  extend enum Foo @dummy
                  extend input Foo @dummy
            """,
            Error("Cannot extend type \"Foo\" because it is not defined.", (6, 21)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (7, 19)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (8, 24)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (9, 20)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (10, 19)),
            Error("Cannot extend type \"Foo\" because it is not defined.", (11, 20)));

    /// <summary>Validate: Possible type extensions extending with different kinds</summary>
    [Fact]
    public void ExtendingWithDifferentKinds() => ExpectSdlErrors(
            null,
            """

                  scalar FooScalar
                  type FooObject
                  interface FooInterface
                  union FooUnion
                  enum FooEnum
                  input FooInputObject

                  extend type FooScalar @dummy
                  extend interface FooObject @dummy
                  extend union FooInterface @dummy
                  extend enum FooUnion @dummy
                  extend input FooEnum @dummy
                  extend scalar FooInputObject @dummy
            """,
            Error("Cannot extend non-object type \"FooScalar\".", (2, 7), (9, 7)),
            Error("Cannot extend non-interface type \"FooObject\".", (3, 7), (10, 7)),
            Error("Cannot extend non-union type \"FooInterface\".", (4, 7), (11, 7)),
            Error("Cannot extend non-enum type \"FooUnion\".", (5, 7), (12, 7)),
            Error("Cannot extend non-input object type \"FooEnum\".", (6, 7), (13, 7)),
            Error("Cannot extend non-scalar type \"FooInputObject\".", (7, 7), (14, 7)));

    /// <summary>Validate: Possible type extensions extending types within existing schema</summary>
    [Fact]
    public void ExtendingTypesWithinExistingSchema() => ExpectSdlValid(
            Schema1,
            """

                  extend scalar FooScalar @dummy
                  extend type FooObject @dummy
                  extend interface FooInterface @dummy
                  extend union FooUnion @dummy
                  extend enum FooEnum @dummy
                  extend input FooInputObject @dummy
            """);

    /// <summary>Validate: Possible type extensions extending unknown types within existing schema</summary>
    [Fact]
    public void ExtendingUnknownTypesWithinExistingSchema() => ExpectSdlErrors(
            Schema2,
            """

                  extend scalar Unknown @dummy
                  extend type Unknown @dummy
                  extend interface Unknown @dummy
                  extend union Unknown @dummy
                  extend enum Unknown @dummy
                  extend input Unknown @dummy
            """,
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (2, 21)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (3, 19)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (4, 24)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (5, 20)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (6, 19)),
            Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (7, 20)));

    /// <summary>Validate: Possible type extensions extending types with different kinds within existing schema</summary>
    [Fact]
    public void ExtendingTypesWithDifferentKindsWithinExistingSchema() => ExpectSdlErrors(
            Schema1,
            """

                  extend type FooScalar @dummy
                  extend interface FooObject @dummy
                  extend union FooInterface @dummy
                  extend enum FooUnion @dummy
                  extend input FooEnum @dummy
                  extend scalar FooInputObject @dummy
            """,
            Error("Cannot extend non-object type \"FooScalar\".", (2, 7)),
            Error("Cannot extend non-interface type \"FooObject\".", (3, 7)),
            Error("Cannot extend non-union type \"FooInterface\".", (4, 7)),
            Error("Cannot extend non-enum type \"FooUnion\".", (5, 7)),
            Error("Cannot extend non-input object type \"FooEnum\".", (6, 7)),
            Error("Cannot extend non-scalar type \"FooInputObject\".", (7, 7)));
}
