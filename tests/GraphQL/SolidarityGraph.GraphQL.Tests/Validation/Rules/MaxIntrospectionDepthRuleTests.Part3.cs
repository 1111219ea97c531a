using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>More ported MaxIntrospectionDepthRule cases.</content>
public sealed partial class MaxIntrospectionDepthRuleTests
{
    /// <summary>Validate: Max introspection nodes rule doesn't infinitely recurse on fragment cycle</summary>
    [Fact]
    public void DoesnTInfinitelyRecurseOnFragmentCycle() => ExpectValid(
            """

                query test {
                  __schema {
                    types {
                      ...Cycle
                    }
                  }
                }
                fragment Cycle on __Type {
                  ...Cycle
                }
            """);
}
