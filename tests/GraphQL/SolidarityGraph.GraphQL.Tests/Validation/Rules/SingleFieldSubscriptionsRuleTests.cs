using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The SingleFieldSubscriptionsRule cases of graphql-js's validation tests, ported one by one under their own names; expected errors are
/// graphql-js 17.1.0's (messages and locations).
/// </summary>
public sealed class SingleFieldSubscriptionsRuleTests : ValidationHarness
{
    private const string Schema1 = """
        schema {
          query: QueryRoot
          subscription: SubscriptionRoot
        }

        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
          newMessage: Message
        }

        type QueryRoot {
          dummy: String
        }
        """;

    private const string Schema2 = """
        type Query {
          dummy: String
        }
        """;

    protected override IValidationRule Rule { get; } = new SingleFieldSubscriptionsRule();

    /// <summary>Validate: Subscriptions with single field valid subscription</summary>
    [Fact]
    public void ValidSubscription() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ImportantEmails {
                    importantEmails
                  }
            """);

    /// <summary>Validate: Subscriptions with single field valid subscription with fragment</summary>
    [Fact]
    public void ValidSubscriptionWithFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription sub {
                    ...newMessageFields
                  }

                  fragment newMessageFields on SubscriptionRoot {
                    newMessage {
                      body
                      sender
                    }
                  }
            """);

    /// <summary>Validate: Subscriptions with single field valid subscription with fragment and field</summary>
    [Fact]
    public void ValidSubscriptionWithFragmentAndField() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription sub {
                    newMessage {
                      body
                    }
                    ...newMessageFields
                  }

                  fragment newMessageFields on SubscriptionRoot {
                    newMessage {
                      body
                      sender
                    }
                  }
            """);

    /// <summary>Validate: Subscriptions with single field fails with more than one root field</summary>
    [Fact]
    public void FailsWithMoreThanOneRootField() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ImportantEmails {
                    importantEmails
                    notImportantEmails
                  }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)));

    /// <summary>Validate: Subscriptions with single field fails with more than one root field including introspection</summary>
    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingIntrospection() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ImportantEmails {
                    importantEmails
                    __typename
                  }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)),
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (4, 9)));

    /// <summary>Validate: Subscriptions with single field fails with more than one root field including aliased introspection via fragment</summary>
    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingAliasedIntrospectionViaFragment() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ImportantEmails {
                    importantEmails
                    ...Introspection
                  }
                  fragment Introspection on SubscriptionRoot {
                    typename: __typename
                  }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (7, 9)),
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (7, 9)));

    /// <summary>Validate: Subscriptions with single field fails with many more than one root field</summary>
    [Fact]
    public void FailsWithManyMoreThanOneRootField() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ImportantEmails {
                    importantEmails
                    notImportantEmails
                    spamEmails
                  }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9), (5, 9)));

    /// <summary>Validate: Subscriptions with single field fails with many more than one root field via fragments</summary>
    [Fact]
    public void FailsWithManyMoreThanOneRootFieldViaFragments() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ImportantEmails {
                    importantEmails
                    ... {
                      more: moreImportantEmails
                    }
                    ...NotImportantEmails
                  }
                  fragment NotImportantEmails on SubscriptionRoot {
                    notImportantEmails
                    deleted: deletedEmails
                    ...SpamEmails
                  }
                  fragment SpamEmails on SubscriptionRoot {
                    spamEmails
                  }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (5, 11), (10, 9), (11, 9), (15, 9)));

    /// <summary>Validate: Subscriptions with single field does not infinite loop on recursive fragments</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragments() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription NoInfiniteLoop {
                    ...A
                  }
                  fragment A on SubscriptionRoot {
                    ...A
                  }
            """,
            Error("Subscription \"NoInfiniteLoop\" must select one top level field.", (2, 35)));

    /// <summary>Validate: Subscriptions with single field fails with many more than one root field via fragments (anonymous)</summary>
    [Fact]
    public void FailsWithManyMoreThanOneRootFieldViaFragmentsAnonymous() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription {
                    importantEmails
                    ... {
                      more: moreImportantEmails
                      ...NotImportantEmails
                    }
                    ...NotImportantEmails
                  }
                  fragment NotImportantEmails on SubscriptionRoot {
                    notImportantEmails
                    deleted: deletedEmails
                    ... {
                      ... {
                        archivedEmails
                      }
                    }
                    ...SpamEmails
                  }
                  fragment SpamEmails on SubscriptionRoot {
                    spamEmails
                    ...NonExistentFragment
                  }
            """,
            Error("Anonymous Subscription must select only one top level field.", (5, 11), (11, 9), (12, 9), (15, 13), (21, 9)));

    /// <summary>Validate: Subscriptions with single field fails with more than one root field in anonymous subscriptions</summary>
    [Fact]
    public void FailsWithMoreThanOneRootFieldInAnonymousSubscriptions() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription {
                    importantEmails
                    notImportantEmails
                  }
            """,
            Error("Anonymous Subscription must select only one top level field.", (4, 9)));

    /// <summary>Validate: Subscriptions with single field fails with introspection field</summary>
    [Fact]
    public void FailsWithIntrospectionField() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ImportantEmails {
                    __typename
                  }
            """,
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 9)));

    /// <summary>Validate: Subscriptions with single field fails with introspection field in anonymous subscription</summary>
    [Fact]
    public void FailsWithIntrospectionFieldInAnonymousSubscription() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription {
                    __typename
                  }
            """,
            Error("Anonymous Subscription must not select an introspection top level field.", (3, 9)));

    /// <summary>Validate: Subscriptions with single field fails with @skip or @include directive</summary>
    [Fact]
    public void FailsWithSkipOrIncludeDirective() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription RequiredRuntimeValidation($bool: Boolean!) {
                    newMessage @include(if: $bool) {
                      body
                      sender
                    }
                    disallowedSecondRootField @skip(if: $bool)
                  }
            """,
            Error("Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", (3, 20), (7, 35)));

    /// <summary>Validate: Subscriptions with single field fails with @skip or @include directive in anonymous subscription</summary>
    [Fact]
    public void FailsWithSkipOrIncludeDirectiveInAnonymousSubscription() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema1 },
            """

                  subscription ($bool: Boolean!) {
                    newMessage @include(if: $bool) {
                      body
                      sender
                    }
                    disallowedSecondRootField @skip(if: $bool)
                  }
            """,
            Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (3, 20), (7, 35)));

    /// <summary>Validate: Subscriptions with single field skips if not subscription type</summary>
    [Fact]
    public void SkipsIfNotSubscriptionType() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema2 },
            """

                    subscription {
                      __typename
                    }
            """);
}
