using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The ValuesOfCorrectTypeRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations). Each of graphql-js's <c>describe</c> groups has its own file,
/// named after it (<c>ValuesOfCorrectTypeRuleTests.InvalidStringValues.cs</c> holds <c>describe('Invalid String values')</c>).
/// </summary>
public sealed partial class ValuesOfCorrectTypeRuleTests : ValidationHarness
{
    private const string Schema1 = """
        type Query {
          invalidArg(arg: CustomScalar): String
        }

        scalar CustomScalar
        """;

    private const string Schema2 = """
        type Query {
          anyArg(arg: Any): String
        }

        scalar Any
        """;

    protected override IValidationRule Rule { get; } = new ValuesOfCorrectTypeRule();
}
