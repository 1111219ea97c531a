using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <content>More ported OverlappingFieldsCanBeMergedRule cases.</content>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous same wrapped scalar return types</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousSameWrappedScalarReturnTypes() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ...on NonNullStringBox1 {
                            scalar
                          }
                          ...on NonNullStringBox2 {
                            scalar
                          }
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous allows inline fragments without type condition</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousAllowsInlineFragmentsWithoutTypeCondition() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        a
                        ... {
                          a
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous compares deep types including list</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousComparesDeepTypesIncludingList() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        connection {
                          ...edgeID
                          edges {
                            node {
                              id: name
                            }
                          }
                        }
                      }

                      fragment edgeID on Connection {
                        edges {
                          node {
                            id
                          }
                        }
                      }
            """,
            Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 15), (6, 17), (7, 19), (14, 13), (15, 15), (16, 17)));

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous ignores unknown types</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousIgnoresUnknownTypes() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema3 },
            """

                      {
                        someBox {
                          ...on UnknownType {
                            scalar
                          }
                          ...on NonNullStringBox2 {
                            scalar
                          }
                        }
                      }
            """);

    /// <summary>Validate: Overlapping fields can be merged return types must be unambiguous works for field names that are JS keywords</summary>
    [Fact]
    public void ReturnTypesMustBeUnambiguousWorksForFieldNamesThatAreJSKeywords() => ExpectErrorsWith(
            new CaseOptions { Schema = Schema4 },
            """

                      {
                        foo {
                          constructor
                        }
                      }
            """);
}
