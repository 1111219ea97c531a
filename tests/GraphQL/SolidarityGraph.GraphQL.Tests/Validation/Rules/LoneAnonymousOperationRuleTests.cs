using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The LoneAnonymousOperationRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class LoneAnonymousOperationRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new LoneAnonymousOperationRule();

    /// <summary>Validate: Anonymous operation must be alone no operations</summary>
    [Fact]
    public void NoOperations() => ExpectValid(
            """

                  fragment fragA on Type {
                    field
                  }
            """);

    /// <summary>Validate: Anonymous operation must be alone one anon operation</summary>
    [Fact]
    public void OneAnonOperation() => ExpectValid(
            """

                  {
                    field
                  }
            """);

    /// <summary>Validate: Anonymous operation must be alone multiple named operations</summary>
    [Fact]
    public void MultipleNamedOperations() => ExpectValid(
            """

                  query Foo {
                    field
                  }

                  query Bar {
                    field
                  }
            """);

    /// <summary>Validate: Anonymous operation must be alone anon operation with fragment</summary>
    [Fact]
    public void AnonOperationWithFragment() => ExpectValid(
            """

                  {
                    ...Foo
                  }
                  fragment Foo on Type {
                    field
                  }
            """);

    /// <summary>Validate: Anonymous operation must be alone multiple anon operations</summary>
    [Fact]
    public void MultipleAnonOperations() => ExpectErrors(
            """

                  {
                    fieldA
                  }
                  {
                    fieldB
                  }
            """,
            Error("This anonymous operation must be the only defined operation.", (2, 7)),
            Error("This anonymous operation must be the only defined operation.", (5, 7)));

    /// <summary>Validate: Anonymous operation must be alone anon operation with a mutation</summary>
    [Fact]
    public void AnonOperationWithAMutation() => ExpectErrors(
            """

                  {
                    fieldA
                  }
                  mutation Foo {
                    fieldB
                  }
            """,
            Error("This anonymous operation must be the only defined operation.", (2, 7)));

    /// <summary>Validate: Anonymous operation must be alone anon operation with a subscription</summary>
    [Fact]
    public void AnonOperationWithASubscription() => ExpectErrors(
            """

                  {
                    fieldA
                  }
                  subscription Foo {
                    fieldB
                  }
            """,
            Error("This anonymous operation must be the only defined operation.", (2, 7)));
}
