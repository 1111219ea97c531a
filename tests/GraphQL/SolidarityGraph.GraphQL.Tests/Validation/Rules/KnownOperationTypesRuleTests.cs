using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The KnownOperationTypesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class KnownOperationTypesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new KnownOperationTypesRule();

    /// <summary>Validate: Known operation types one known operation</summary>
    [Fact]
    public void OneKnownOperation() => ExpectValid(
            """

                  { field }
            """);

    /// <summary>Validate: Known operation types unknown mutation operation</summary>
    [Fact]
    public void UnknownMutationOperation() => ExpectErrors(
            """

                  mutation { field }
            """,
            Error("The mutation operation is not supported by the schema.", (2, 7)));

    /// <summary>Validate: Known operation types unknown subscription operation</summary>
    [Fact]
    public void UnknownSubscriptionOperation() => ExpectErrors(
            """

                  subscription { field }
            """,
            Error("The subscription operation is not supported by the schema.", (2, 7)));

    /// <summary>Validate: Known operation types mixture of known and unknown operations</summary>
    [Fact]
    public void MixtureOfKnownAndUnknownOperations() => ExpectErrors(
            """

                  query { field }
                  mutation { field }
                  subscription { field }
            """,
            Error("The mutation operation is not supported by the schema.", (3, 7)),
            Error("The subscription operation is not supported by the schema.", (4, 7)));
}
