using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The NoUnusedFragmentsRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class NoUnusedFragmentsRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new NoUnusedFragmentsRule();

    /// <summary>Validate: No unused fragments all fragment names are used</summary>
    [Fact]
    public void AllFragmentNamesAreUsed() => ExpectValid(
            """

                  {
                    human(id: 4) {
                      ...HumanFields1
                      ... on Human {
                        ...HumanFields2
                      }
                    }
                  }
                  fragment HumanFields1 on Human {
                    name
                    ...HumanFields3
                  }
                  fragment HumanFields2 on Human {
                    name
                  }
                  fragment HumanFields3 on Human {
                    name
                  }
            """);

    /// <summary>Validate: No unused fragments all fragment names are used by multiple operations</summary>
    [Fact]
    public void AllFragmentNamesAreUsedByMultipleOperations() => ExpectValid(
            """

                  query Foo {
                    human(id: 4) {
                      ...HumanFields1
                    }
                  }
                  query Bar {
                    human(id: 4) {
                      ...HumanFields2
                    }
                  }
                  fragment HumanFields1 on Human {
                    name
                    ...HumanFields3
                  }
                  fragment HumanFields2 on Human {
                    name
                  }
                  fragment HumanFields3 on Human {
                    name
                  }
            """);

    /// <summary>Validate: No unused fragments contains unknown fragments</summary>
    [Fact]
    public void ContainsUnknownFragments() => ExpectErrors(
            """

                  query Foo {
                    human(id: 4) {
                      ...HumanFields1
                    }
                  }
                  query Bar {
                    human(id: 4) {
                      ...HumanFields2
                    }
                  }
                  fragment HumanFields1 on Human {
                    name
                    ...HumanFields3
                  }
                  fragment HumanFields2 on Human {
                    name
                  }
                  fragment HumanFields3 on Human {
                    name
                  }
                  fragment Unused1 on Human {
                    name
                  }
                  fragment Unused2 on Human {
                    name
                  }
            """,
            Error("Fragment \"Unused1\" is never used.", (22, 7)),
            Error("Fragment \"Unused2\" is never used.", (25, 7)));

    /// <summary>Validate: No unused fragments contains unknown fragments with ref cycle</summary>
    [Fact]
    public void ContainsUnknownFragmentsWithRefCycle() => ExpectErrors(
            """

                  query Foo {
                    human(id: 4) {
                      ...HumanFields1
                    }
                  }
                  query Bar {
                    human(id: 4) {
                      ...HumanFields2
                    }
                  }
                  fragment HumanFields1 on Human {
                    name
                    ...HumanFields3
                  }
                  fragment HumanFields2 on Human {
                    name
                  }
                  fragment HumanFields3 on Human {
                    name
                  }
                  fragment Unused1 on Human {
                    name
                    ...Unused2
                  }
                  fragment Unused2 on Human {
                    name
                    ...Unused1
                  }
            """,
            Error("Fragment \"Unused1\" is never used.", (22, 7)),
            Error("Fragment \"Unused2\" is never used.", (26, 7)));

    /// <summary>Validate: No unused fragments contains unknown and undef fragments</summary>
    [Fact]
    public void ContainsUnknownAndUndefFragments() => ExpectErrors(
            """

                  query Foo {
                    human(id: 4) {
                      ...bar
                    }
                  }
                  fragment foo on Human {
                    name
                  }
            """,
            Error("Fragment \"foo\" is never used.", (7, 7)));
}
