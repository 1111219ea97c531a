using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The top-level cases about <c>@stream</c> on fields that overlap (graphql-js 17's incremental delivery).</content>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    /// <summary>Validate: Overlapping fields can be merged stream directive used on different instances of the same field</summary>
    [Fact]
    public void StreamDirectiveUsedOnDifferentInstancesOfTheSameField() => ExpectErrors(
            """

                  fragment differentDirectivesWithDifferentAliases on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "streamLabel", initialCount: 1)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive label</summary>
    [Fact]
    public void DifferentStreamDirectiveLabel() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "anotherLabel", initialCount: 1)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive initialCount</summary>
    [Fact]
    public void DifferentStreamDirectiveInitialCount() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "streamLabel", initialCount: 2)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive first missing args</summary>
    [Fact]
    public void DifferentStreamDirectiveFirstMissingArgs() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream
                    name @stream(label: "streamLabel", initialCount: 1)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive second missing args</summary>
    [Fact]
    public void DifferentStreamDirectiveSecondMissingArgs() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive extra argument</summary>
    [Fact]
    public void DifferentStreamDirectiveExtraArgument() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream(label: "streamLabel", initialCount: 1)
                    name @stream(label: "streamLabel", initialCount: 1, extraArg: true)
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged mix of stream and no stream</summary>
    [Fact]
    public void MixOfStreamAndNoStream() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream
                    name
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Validate: Overlapping fields can be merged different stream directive both missing args</summary>
    [Fact]
    public void DifferentStreamDirectiveBothMissingArgs() => ExpectErrors(
            """

                  fragment conflictingArgs on Dog {
                    name @stream
                    name @stream
                  }
            """,
            Error("Fields \"name\" conflict because they have overlapping stream directives. See https://github.com/graphql/defer-stream-wg/discussions/100. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
}
