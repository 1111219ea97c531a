using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueFieldDefinitionNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueFieldDefinitionNamesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type SomeObject

        interface SomeInterface

        input SomeInputObject
        """;

    private const string Schema2 = """
        type SomeObject {
          foo: String
        }

        interface SomeInterface {
          foo: String
        }

        input SomeInputObject {
          foo: String
        }
        """;

    protected override IValidationRule Rule { get; } = new UniqueFieldDefinitionNamesRule();

    /// <summary>Validate: Unique field definition names no fields</summary>
    [Fact]
    public void NoFields() => ExpectSdlValid(
            null,
            """

                  type SomeObject
                  interface SomeInterface
                  input SomeInputObject
            """);

    /// <summary>Validate: Unique field definition names one field</summary>
    [Fact]
    public void OneField() => ExpectSdlValid(
            null,
            """

                  type SomeObject {
                    foo: String
                  }

                  interface SomeInterface {
                    foo: String
                  }

                  input SomeInputObject {
                    foo: String
                  }
            """);

    /// <summary>Validate: Unique field definition names multiple fields</summary>
    [Fact]
    public void MultipleFields() => ExpectSdlValid(
            null,
            """

                  type SomeObject {
                    foo: String
                    bar: String
                  }

                  interface SomeInterface {
                    foo: String
                    bar: String
                  }

                  input SomeInputObject {
                    foo: String
                    bar: String
                  }
            """);

    /// <summary>Validate: Unique field definition names duplicate fields inside the same type definition</summary>
    [Fact]
    public void DuplicateFieldsInsideTheSameTypeDefinition() => ExpectSdlErrors(
            null,
            """

                  type SomeObject {
                    foo: String
                    bar: String
                    foo: String
                  }

                  interface SomeInterface {
                    foo: String
                    bar: String
                    foo: String
                  }

                  input SomeInputObject {
                    foo: String
                    bar: String
                    foo: String
                  }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (3, 9), (5, 9)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (9, 9), (11, 9)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (15, 9), (17, 9)));

    /// <summary>Validate: Unique field definition names extend type with new field</summary>
    [Fact]
    public void ExtendTypeWithNewField() => ExpectSdlValid(
            null,
            """

                  type SomeObject {
                    foo: String
                  }
                  extend type SomeObject {
                    bar: String
                  }
                  extend type SomeObject {
                    baz: String
                  }

                  interface SomeInterface {
                    foo: String
                  }
                  extend interface SomeInterface {
                    bar: String
                  }
                  extend interface SomeInterface {
                    baz: String
                  }

                  input SomeInputObject {
                    foo: String
                  }
                  extend input SomeInputObject {
                    bar: String
                  }
                  extend input SomeInputObject {
                    baz: String
                  }
            """);

    /// <summary>Validate: Unique field definition names extend type with duplicate field</summary>
    [Fact]
    public void ExtendTypeWithDuplicateField() => ExpectSdlErrors(
            null,
            """

                  extend type SomeObject {
                    foo: String
                  }
                  type SomeObject {
                    foo: String
                  }

                  extend interface SomeInterface {
                    foo: String
                  }
                  interface SomeInterface {
                    foo: String
                  }

                  extend input SomeInputObject {
                    foo: String
                  }
                  input SomeInputObject {
                    foo: String
                  }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (3, 9), (6, 9)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (10, 9), (13, 9)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (17, 9), (20, 9)));

    /// <summary>Validate: Unique field definition names duplicate field inside extension</summary>
    [Fact]
    public void DuplicateFieldInsideExtension() => ExpectSdlErrors(
            null,
            """

                  type SomeObject
                  extend type SomeObject {
                    foo: String
                    bar: String
                    foo: String
                  }

                  interface SomeInterface
                  extend interface SomeInterface {
                    foo: String
                    bar: String
                    foo: String
                  }

                  input SomeInputObject
                  extend input SomeInputObject {
                    foo: String
                    bar: String
                    foo: String
                  }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (4, 9), (6, 9)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (11, 9), (13, 9)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (18, 9), (20, 9)));

    /// <summary>Validate: Unique field definition names duplicate field inside different extensions</summary>
    [Fact]
    public void DuplicateFieldInsideDifferentExtensions() => ExpectSdlErrors(
            null,
            """

                  type SomeObject
                  extend type SomeObject {
                    foo: String
                  }
                  extend type SomeObject {
                    foo: String
                  }

                  interface SomeInterface
                  extend interface SomeInterface {
                    foo: String
                  }
                  extend interface SomeInterface {
                    foo: String
                  }

                  input SomeInputObject
                  extend input SomeInputObject {
                    foo: String
                  }
                  extend input SomeInputObject {
                    foo: String
                  }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (4, 9), (7, 9)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (12, 9), (15, 9)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (20, 9), (23, 9)));

    /// <summary>Validate: Unique field definition names adding new field to the type inside existing schema</summary>
    [Fact]
    public void AddingNewFieldToTheTypeInsideExistingSchema() => ExpectSdlValid(
            Schema1,
            """

                  extend type SomeObject {
                    foo: String
                  }

                  extend interface SomeInterface {
                    foo: String
                  }

                  extend input SomeInputObject {
                    foo: String
                  }
            """);

    /// <summary>Validate: Unique field definition names adding conflicting fields to existing schema twice</summary>
    [Fact]
    public void AddingConflictingFieldsToExistingSchemaTwice() => ExpectSdlErrors(
            Schema2,
            """

                  extend type SomeObject {
                    foo: String
                  }
                  extend interface SomeInterface {
                    foo: String
                  }
                  extend input SomeInputObject {
                    foo: String
                  }

                  extend type SomeObject {
                    foo: String
                  }
                  extend interface SomeInterface {
                    foo: String
                  }
                  extend input SomeInputObject {
                    foo: String
                  }
            """,
            Error("Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (3, 9)),
            Error("Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this type extension.", (6, 9)),
            Error("Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (9, 9)),
            Error("Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (13, 9)),
            Error("Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this type extension.", (16, 9)),
            Error("Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (19, 9)));

    /// <summary>Validate: Unique field definition names adding fields to existing schema twice</summary>
    [Fact]
    public void AddingFieldsToExistingSchemaTwice() => ExpectSdlErrors(
            Schema1,
            """

                  extend type SomeObject {
                    foo: String
                  }
                  extend type SomeObject {
                    foo: String
                  }

                  extend interface SomeInterface {
                    foo: String
                  }
                  extend interface SomeInterface {
                    foo: String
                  }

                  extend input SomeInputObject {
                    foo: String
                  }
                  extend input SomeInputObject {
                    foo: String
                  }
            """,
            Error("Field \"SomeObject.foo\" can only be defined once.", (3, 9), (6, 9)),
            Error("Field \"SomeInterface.foo\" can only be defined once.", (10, 9), (13, 9)),
            Error("Field \"SomeInputObject.foo\" can only be defined once.", (17, 9), (20, 9)));
}
