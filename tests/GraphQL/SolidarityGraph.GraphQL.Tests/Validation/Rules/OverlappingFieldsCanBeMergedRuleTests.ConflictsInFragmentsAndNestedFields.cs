using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>The top-level cases about conflicts reached through fragments and nested fields, reported once at their nearest common ancestor.</content>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    /// <summary>Validate: Overlapping fields can be merged encounters conflict in fragments</summary>
    [Fact]
    public void EncountersConflictInFragments() => ExpectErrors(
            """

                  {
                    ...A
                    ...B
                  }
                  fragment A on Type {
                    x: a
                  }
                  fragment B on Type {
                    x: b
                  }
            """,
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 9), (10, 9)));

    /// <summary>Validate: Overlapping fields can be merged reports each conflict once</summary>
    [Fact]
    public void ReportsEachConflictOnce() => ExpectErrors(
            """

                  {
                    f1 {
                      ...A
                      ...B
                    }
                    f2 {
                      ...B
                      ...A
                    }
                    f3 {
                      ...A
                      ...B
                      x: c
                    }
                  }
                  fragment A on Type {
                    x: a
                  }
                  fragment B on Type {
                    x: b
                  }
            """,
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (18, 9), (21, 9)),
            Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (18, 9)),
            Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (21, 9)));

    /// <summary>Validate: Overlapping fields can be merged deep conflict</summary>
    [Fact]
    public void DeepConflict() => ExpectErrors(
            """

                  {
                    field {
                      x: a
                    },
                    field {
                      x: b
                    }
                  }
            """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (6, 9), (7, 11)));

    /// <summary>Validate: Overlapping fields can be merged deep conflict with multiple issues</summary>
    [Fact]
    public void DeepConflictWithMultipleIssues() => ExpectErrors(
            """

                  {
                    field {
                      x: a
                      y: c
                    },
                    field {
                      x: b
                      y: d
                    }
                  }
            """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 11), (7, 9), (8, 11), (9, 11)));

    /// <summary>Validate: Overlapping fields can be merged very deep conflict</summary>
    [Fact]
    public void VeryDeepConflict() => ExpectErrors(
            """

                  {
                    field {
                      deepField {
                        x: a
                      }
                    },
                    field {
                      deepField {
                        x: b
                      }
                    }
                  }
            """,
            Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 13), (8, 9), (9, 11), (10, 13)));

    /// <summary>Validate: Overlapping fields can be merged reports deep conflict to nearest common ancestor</summary>
    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestor() => ExpectErrors(
            """

                  {
                    field {
                      deepField {
                        x: a
                      }
                      deepField {
                        x: b
                      }
                    },
                    field {
                      deepField {
                        y
                      }
                    }
                  }
            """,
            Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 13), (7, 11), (8, 13)));

    /// <summary>Validate: Overlapping fields can be merged reports deep conflict to nearest common ancestor in fragments</summary>
    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestorInFragments() => ExpectErrors(
            """

                  {
                    field {
                      ...F
                    }
                    field {
                      ...F
                    }
                  }
                  fragment F on T {
                    deepField {
                      deeperField {
                        x: a
                      }
                      deeperField {
                        x: b
                      }
                    },
                    deepField {
                      deeperField {
                        y
                      }
                    }
                  }
            """,
            Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (12, 11), (13, 13), (15, 11), (16, 13)));

    /// <summary>Validate: Overlapping fields can be merged reports deep conflict in nested fragments</summary>
    [Fact]
    public void ReportsDeepConflictInNestedFragments() => ExpectErrors(
            """

                  {
                    field {
                      ...I
                    }
                    field {
                      ...F
                    }
                  }
                  fragment F on T {
                    x: a
                    ...G
                  }
                  fragment G on T {
                    y: c
                  }
                  fragment I on T {
                    y: d
                    ...J
                  }
                  fragment J on T {
                    x: b
                  }
            """,
            Error("Fields \"field\" conflict because subfields \"y\" conflict because \"d\" and \"c\" are different fields and subfields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (18, 9), (22, 9), (6, 9), (15, 9), (11, 9)));

    /// <summary>Validate: Overlapping fields can be merged reports deep conflict after nested fragments</summary>
    [Fact]
    public void ReportsDeepConflictAfterNestedFragments() => ExpectErrors(
            """

                  fragment F on T {
                    ...G
                  }
                  fragment G on T {
                    ...H
                  }
                  fragment H on T {
                    x: a
                  }
                  {
                    x: b
                    ...F
                  }
            """,
            Error("Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (12, 9), (9, 9)));

    /// <summary>Validate: Overlapping fields can be merged ignores unknown fragments</summary>
    [Fact]
    public void IgnoresUnknownFragments() => ExpectValid(
            """

                  {
                    field
                    ...Unknown
                    ...Known
                  }

                  fragment Known on T {
                    field
                    ...OtherUnknown
                  }
            """);
}
