using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The KnownFragmentNamesRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class KnownFragmentNamesRuleTests : ValidationHarness
{
    protected override IValidationRule Rule { get; } = new KnownFragmentNamesRule();

    /// <summary>Validate: Known fragment names known fragment names are valid</summary>
    [Fact]
    public void KnownFragmentNamesAreValid() => ExpectValid(
            """

                  {
                    human(id: 4) {
                      ...HumanFields1
                      ... on Human {
                        ...HumanFields2
                      }
                      ... {
                        name
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

    /// <summary>Validate: Known fragment names unknown fragment names are invalid</summary>
    [Fact]
    public void UnknownFragmentNamesAreInvalid() => ExpectErrors(
            """

                  {
                    human(id: 4) {
                      ...UnknownFragment1
                      ... on Human {
                        ...UnknownFragment2
                      }
                    }
                  }
                  fragment HumanFields on Human {
                    name
                    ...UnknownFragment3
                  }
            """,
            Error("Unknown fragment \"UnknownFragment1\".", (4, 14)),
            Error("Unknown fragment \"UnknownFragment2\".", (6, 16)),
            Error("Unknown fragment \"UnknownFragment3\".", (12, 12)));
}
