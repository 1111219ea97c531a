using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Tests.Conformance;
using SolidarityGraph.Testing;
using Xunit.Abstractions;

namespace SolidarityGraph.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    private readonly ITestOutputHelper _output;

    public VisitorTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void VisitsAFieldLikeGraphQLJs() =>
        Assert.Equal(
            new[]
            {
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
                "enter Name a", "leave Name a", "enter Argument", "enter Name b", "leave Name b",
                "enter IntValue", "leave IntValue", "leave Argument", "leave Field", "leave SelectionSet",
                "leave OperationDefinition", "leave Document",
            },
            Record("{ a(b: 1) }"));

    [Fact]
    public void VisitsDescriptionsFirstAndTypeReferencesAsNodes() =>
        Assert.Equal(
            new[]
            {
                "enter Document", "enter ObjectTypeDefinition", "enter StringValue", "leave StringValue",
                "enter Name T", "leave Name T", "enter NamedType", "enter Name I", "leave Name I", "leave NamedType",
                "enter FieldDefinition", "enter Name f", "leave Name f",
                "enter InputValueDefinition", "enter Name a", "leave Name a", "enter NamedType", "enter Name Int",
                "leave Name Int", "leave NamedType", "enter IntValue", "leave IntValue", "leave InputValueDefinition",
                "enter ListType", "enter NonNullType", "enter NamedType", "enter Name T", "leave Name T", "leave NamedType",
                "leave NonNullType", "leave ListType", "leave FieldDefinition", "leave ObjectTypeDefinition", "leave Document",
            },
            Record("\"d\" type T implements I { f(a: Int = 1): [T!] }"));

    [Fact]
    public void VisitsTheKitchenSinksInGraphQLJsOrder()
    {
        if (!Prerequisite.Require(NodeOracle.Unavailable() is null, "Node.js and graphql-js are needed for the visit-order oracle", _output))
        {
            return;
        }

        var sources = new[] { Fixtures.KitchenSinkQuery, Fixtures.KitchenSinkSchema };
        var expected = NodeOracle.Run("visit-order.mjs", sources, out _);

        var i = 0;
        foreach (var events in expected.EnumerateArray())
        {
            var actual = Record(sources[i++]);
            Assert.Equal(events.EnumerateArray().Select(e => e.GetString()!).ToArray(), actual);
            _output.WriteLine($"kitchen sink {i}: {actual.Count} events agree");
        }
    }

    [Fact]
    public void SkipLeavesOutChildrenAndTheLeaveCall()
    {
        var visitor = new RecordingVisitor { SkipKind = SyntaxKind.Argument };

        Assert.True(visitor.Visit(Parser.Parse("{ a(b: 1) c }")));
        Assert.DoesNotContain("enter Name b", visitor.Events);
        Assert.DoesNotContain("leave Argument", visitor.Events);
        Assert.Contains("enter Name c", visitor.Events);
    }

    [Fact]
    public void BreakStopsTheWholeWalk()
    {
        var visitor = new RecordingVisitor { BreakKind = SyntaxKind.Argument };

        Assert.False(visitor.Visit(Parser.Parse("{ a(b: 1) c }")));
        Assert.Equal("enter Argument", visitor.Events[^1]);
        Assert.DoesNotContain("enter Name c", visitor.Events);
    }

    [Fact]
    public void ReportsAncestorsFromTheRootToTheParent()
    {
        var visitor = new RecordingVisitor();
        visitor.Visit(Parser.Parse("query Q { project { title } }"));

        Assert.Equal(
            new[] { SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.SelectionSet, SyntaxKind.Field },
            visitor.AncestorsOf["title"]);
    }

    [Fact]
    public void ParallelVisitorsSkipAndBreakIndependently()
    {
        var skipping = new RecordingVisitor { SkipKind = SyntaxKind.Argument };
        var breaking = new RecordingVisitor { BreakKind = SyntaxKind.Argument };
        var plain = new RecordingVisitor();
        var document = Parser.Parse("{ a(b: 1) c }");

        Assert.True(new ParallelSyntaxVisitor(new[] { skipping, breaking, plain }).Visit(document));

        Assert.Equal(Record("{ a(b: 1) c }"), plain.Events);
        Assert.Contains("enter Name c", skipping.Events);
        Assert.DoesNotContain("enter Name b", skipping.Events);
        Assert.Equal("enter Argument", breaking.Events[^1]);
    }

    private static IReadOnlyList<string> Record(string source)
    {
        var visitor = new RecordingVisitor();
        visitor.Visit(Parser.Parse(source));
        return visitor.Events;
    }

    private sealed class RecordingVisitor : SyntaxVisitor
    {
        public List<string> Events { get; } = new();

        public Dictionary<string, SyntaxKind[]> AncestorsOf { get; } = new();

        public SyntaxKind? SkipKind { get; init; }

        public SyntaxKind? BreakKind { get; init; }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add(Describe("enter", node));
            if (node is NameNode name)
            {
                AncestorsOf[name.Value] = ancestors.Select(a => a.Kind).ToArray();
            }

            return node.Kind == SkipKind ? VisitorAction.Skip
                : node.Kind == BreakKind ? VisitorAction.Break
                : VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add(Describe("leave", node));
            return VisitorAction.Continue;
        }

        private static string Describe(string phase, SyntaxNode node) =>
            node is NameNode name ? $"{phase} Name {name.Value}" : $"{phase} {node.Kind}";
    }
}
