using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>More ported UniqueDirectivesPerLocationRule cases.</content>
public sealed partial class UniqueDirectivesPerLocationRuleTests
{
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
