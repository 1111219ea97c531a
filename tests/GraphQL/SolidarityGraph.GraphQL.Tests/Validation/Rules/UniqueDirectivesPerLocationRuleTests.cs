using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The UniqueDirectivesPerLocationRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class UniqueDirectivesPerLocationRuleTests : ValidationHarness
{
    // graphql-js extends its default validation schema with these directives for this rule's cases.
    private const string Schema1 = HarnessSchema.Sdl + """

        directive @directive on FIELD | FRAGMENT_DEFINITION

        directive @directiveA on FIELD | FRAGMENT_DEFINITION

        directive @directiveB on FIELD | FRAGMENT_DEFINITION

        directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
        """;

    protected override IValidationRule Rule { get; } = new UniqueDirectivesPerLocationRule();

    /// <summary>Validate: Directives Are Unique Per Location no directives</summary>
    [Fact]
    public void NoDirectives() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type {
                    field
                  }
            """);

    /// <summary>Validate: Directives Are Unique Per Location unique directives in different locations</summary>
    [Fact]
    public void UniqueDirectivesInDifferentLocations() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type @directiveA {
                    field @directiveB
                  }
            """);

    /// <summary>Validate: Directives Are Unique Per Location unique directives in same locations</summary>
    [Fact]
    public void UniqueDirectivesInSameLocations() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type @directiveA @directiveB {
                    field @directiveA @directiveB
                  }
            """);

    /// <summary>Validate: Directives Are Unique Per Location same directives in different locations</summary>
    [Fact]
    public void SameDirectivesInDifferentLocations() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type @directiveA {
                    field @directiveA
                  }
            """);

    /// <summary>Validate: Directives Are Unique Per Location same directives in similar locations</summary>
    [Fact]
    public void SameDirectivesInSimilarLocations() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type {
                    field @directive
                    field @directive
                  }
            """);

    /// <summary>Validate: Directives Are Unique Per Location repeatable directives in same location</summary>
    [Fact]
    public void RepeatableDirectivesInSameLocation() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type @repeatable @repeatable {
                    field @repeatable @repeatable
                  }
            """);

    /// <summary>Validate: Directives Are Unique Per Location unknown directives must be ignored</summary>
    [Fact]
    public void UnknownDirectivesMustBeIgnored() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  type Test @unknown @unknown {
                    field: String! @unknown @unknown
                  }

                  extend type Test @unknown {
                    anotherField: String!
                  }
            """);

    /// <summary>Validate: Directives Are Unique Per Location duplicate directives in one location</summary>
    [Fact]
    public void DuplicateDirectivesInOneLocation() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type {
                    field @directive @directive
                  }
            """,
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));

    /// <summary>Validate: Directives Are Unique Per Location many duplicate directives in one location</summary>
    [Fact]
    public void ManyDuplicateDirectivesInOneLocation() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type {
                    field @directive @directive @directive
                  }
            """,
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 37)));

    /// <summary>Validate: Directives Are Unique Per Location different duplicate directives in one location</summary>
    [Fact]
    public void DifferentDuplicateDirectivesInOneLocation() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type {
                    field @directiveA @directiveB @directiveA @directiveB
                  }
            """,
            Error("The directive \"@directiveA\" can only be used once at this location.", (3, 15), (3, 39)),
            Error("The directive \"@directiveB\" can only be used once at this location.", (3, 27), (3, 51)));

    /// <summary>Validate: Directives Are Unique Per Location duplicate directives in many locations</summary>
    [Fact]
    public void DuplicateDirectivesInManyLocations() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  fragment Test on Type @directive @directive {
                    field @directive @directive
                  }
            """,
            Error("The directive \"@directive\" can only be used once at this location.", (2, 29), (2, 40)),
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));

    /// <summary>Validate: Directives Are Unique Per Location duplicate directives on SDL definitions</summary>
    [Fact]
    public void DuplicateDirectivesOnSDLDefinitions() => ExpectSdlErrors(
            null,
            """

                  directive @nonRepeatable on
                    SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

                  schema @nonRepeatable @nonRepeatable { query: Dummy }

                  scalar TestScalar @nonRepeatable @nonRepeatable
                  type TestObject @nonRepeatable @nonRepeatable
                  interface TestInterface @nonRepeatable @nonRepeatable
                  union TestUnion @nonRepeatable @nonRepeatable
                  input TestInput @nonRepeatable @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (5, 14), (5, 29)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 25), (7, 40)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (8, 23), (8, 38)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (9, 31), (9, 46)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (10, 23), (10, 38)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (11, 23), (11, 38)));

    /// <summary>Validate: Directives Are Unique Per Location duplicate directives on SDL extensions</summary>
    [Fact]
    public void DuplicateDirectivesOnSDLExtensions() => ExpectSdlErrors(
            null,
            """

                  directive @nonRepeatable on
                    SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

                  extend schema @nonRepeatable @nonRepeatable

                  extend scalar TestScalar @nonRepeatable @nonRepeatable
                  extend type TestObject @nonRepeatable @nonRepeatable
                  extend interface TestInterface @nonRepeatable @nonRepeatable
                  extend union TestUnion @nonRepeatable @nonRepeatable
                  extend input TestInput @nonRepeatable @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (5, 21), (5, 36)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 32), (7, 47)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (8, 30), (8, 45)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (9, 38), (9, 53)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (10, 30), (10, 45)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (11, 30), (11, 45)));

    /// <summary>Validate: Directives Are Unique Per Location duplicate directives between SDL definitions and extensions</summary>
    [Fact]
    public void DuplicateDirectivesBetweenSDLDefinitionsAndExtensions() => ExpectSdlErrors(
            null,
            """

                  directive @nonRepeatable on SCHEMA

                  schema @nonRepeatable { query: Dummy }
                  extend schema @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 14), (5, 21)));

    /// <summary>Validate: Directives Are Unique Per Location duplicate directives between SDL definitions and extensions</summary>
    [Fact]
    public void DuplicateDirectivesBetweenSDLDefinitionsAndExtensions_2() => ExpectSdlErrors(
            null,
            """

                  directive @nonRepeatable on SCALAR

                  scalar TestScalar @nonRepeatable
                  extend scalar TestScalar @nonRepeatable
                  scalar TestScalar @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 25), (5, 32)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 25), (6, 25)));

    /// <summary>Validate: Directives Are Unique Per Location duplicate directives between SDL definitions and extensions</summary>
    [Fact]
    public void DuplicateDirectivesBetweenSDLDefinitionsAndExtensions_3() => ExpectSdlErrors(
            null,
            """

                  directive @nonRepeatable on OBJECT

                  extend type TestObject @nonRepeatable
                  type TestObject @nonRepeatable
                  extend type TestObject @nonRepeatable
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 30), (5, 23)),
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 30), (6, 30)));
}
