using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueEnumValueNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueEnumValueNamesRuleTests : ValidationHarness
{
    private const string Schema1 = """
        enum SomeEnum
        """;

    private const string Schema2 = """
        enum SomeEnum {
          FOO
        }
        """;

    protected override IValidationRule Rule { get; } = new UniqueEnumValueNamesRule();

    /// <summary>Validate: Unique enum value names no values</summary>
    [Fact]
    public void NoValues() => ExpectSdlValid(
            null,
            """

                  enum SomeEnum
            """);

    /// <summary>Validate: Unique enum value names one value</summary>
    [Fact]
    public void OneValue() => ExpectSdlValid(
            null,
            """

                  enum SomeEnum {
                    FOO
                  }
            """);

    /// <summary>Validate: Unique enum value names multiple values</summary>
    [Fact]
    public void MultipleValues() => ExpectSdlValid(
            null,
            """

                  enum SomeEnum {
                    FOO
                    BAR
                  }
            """);

    /// <summary>Validate: Unique enum value names duplicate values inside the same enum definition</summary>
    [Fact]
    public void DuplicateValuesInsideTheSameEnumDefinition() => ExpectSdlErrors(
            null,
            """

                  enum SomeEnum {
                    FOO
                    BAR
                    FOO
                  }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (3, 9), (5, 9)));

    /// <summary>Validate: Unique enum value names extend enum with new value</summary>
    [Fact]
    public void ExtendEnumWithNewValue() => ExpectSdlValid(
            null,
            """

                  enum SomeEnum {
                    FOO
                  }
                  extend enum SomeEnum {
                    BAR
                  }
                  extend enum SomeEnum {
                    BAZ
                  }
            """);

    /// <summary>Validate: Unique enum value names extend enum with duplicate value</summary>
    [Fact]
    public void ExtendEnumWithDuplicateValue() => ExpectSdlErrors(
            null,
            """

                  extend enum SomeEnum {
                    FOO
                  }
                  enum SomeEnum {
                    FOO
                  }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (3, 9), (6, 9)));

    /// <summary>Validate: Unique enum value names duplicate value inside extension</summary>
    [Fact]
    public void DuplicateValueInsideExtension() => ExpectSdlErrors(
            null,
            """

                  enum SomeEnum
                  extend enum SomeEnum {
                    FOO
                    BAR
                    FOO
                  }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (4, 9), (6, 9)));

    /// <summary>Validate: Unique enum value names duplicate value inside different extensions</summary>
    [Fact]
    public void DuplicateValueInsideDifferentExtensions() => ExpectSdlErrors(
            null,
            """

                  enum SomeEnum
                  extend enum SomeEnum {
                    FOO
                  }
                  extend enum SomeEnum {
                    FOO
                  }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (4, 9), (7, 9)));

    /// <summary>Validate: Unique enum value names adding new value to the type inside existing schema</summary>
    [Fact]
    public void AddingNewValueToTheTypeInsideExistingSchema() => ExpectSdlValid(
            Schema1,
            """

                  extend enum SomeEnum {
                    FOO
                  }
            """);

    /// <summary>Validate: Unique enum value names adding conflicting value to existing schema twice</summary>
    [Fact]
    public void AddingConflictingValueToExistingSchemaTwice() => ExpectSdlErrors(
            Schema2,
            """

                  extend enum SomeEnum {
                    FOO
                  }
                  extend enum SomeEnum {
                    FOO
                  }
            """,
            Error("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (3, 9)),
            Error("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (6, 9)));

    /// <summary>Validate: Unique enum value names adding enum values to existing schema twice</summary>
    [Fact]
    public void AddingEnumValuesToExistingSchemaTwice() => ExpectSdlErrors(
            Schema1,
            """

                  extend enum SomeEnum {
                    FOO
                  }
                  extend enum SomeEnum {
                    FOO
                  }
            """,
            Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (3, 9), (6, 9)));
}
