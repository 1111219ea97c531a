using System.Text;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>The parser's pooled list scratch space: exact arrays, nesting, growth, and reuse after failures.</summary>
public sealed class SyntaxNodeStackTests
{
    [Fact]
    public void PopReturnsTheItemsSinceTheMarkInOrder()
    {
        var stack = new SyntaxNodeStack();
        try
        {
            int outer = stack.Mark;
            stack.Push(new NameNode("a"));
            int inner = stack.Mark;
            stack.Push(new NameNode("b"));
            stack.Push(new NameNode("c"));
            NameNode[] innerItems = stack.Pop<NameNode>(inner);
            stack.Push(new NameNode("d"));
            NameNode[] outerItems = stack.Pop<NameNode>(outer);

            Assert.Equal(new[] { "b", "c" }, innerItems.Select(n => n.Value));
            Assert.Equal(new[] { "a", "d" }, outerItems.Select(n => n.Value));
            Assert.Equal(0, stack.Mark);
        }
        finally
        {
            stack.Dispose();
        }
    }

    [Fact]
    public void AnEmptyListIsTheSharedEmptyArray()
    {
        var stack = new SyntaxNodeStack();
        stack.Push(new NameNode("kept"));
        int mark = stack.Mark;

        Assert.Same(Array.Empty<ArgumentNode>(), stack.Pop<ArgumentNode>(mark));
        Assert.Equal(1, stack.Mark);
        stack.Dispose();
    }

    [Fact]
    public void GrowingKeepsEveryItemInOrder()
    {
        var stack = new SyntaxNodeStack();
        stack.Push(new NameNode("first"));
        int mark = stack.Mark;
        for (int i = 0; i < 1000; i++)
        {
            stack.Push(new IntValueNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        ValueNode[] values = stack.Pop<ValueNode>(mark);
        NameNode[] first = stack.Pop<NameNode>(0);
        stack.Dispose();

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), values.Cast<IntValueNode>().Select(v => v.Value));
        Assert.Equal("first", Assert.Single(first).Value);
    }

    [Fact]
    public void WideAndDeepDocumentsKeepEveryListItemInPlace()
    {
        var source = new StringBuilder("{");
        for (int i = 0; i < 300; i++)
        {
            source.Append($" f{i}(a: [{i}, [{i + 1}]], b: {{ k{i}: {i} }}) @d{i}");
            if (i % 7 == 0)
            {
                source.Append($" {{ g{i} h{i} {{ x }} }}");
            }
        }

        source.Append(" }");

        DocumentNode document = Parser.Parse(source.ToString());

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(300, operation.SelectionSet.Selections.Count);
        for (int i = 0; i < 300; i++)
        {
            var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[i]);
            Assert.Equal($"f{i}", field.Name.Value);
            Assert.Equal(new[] { "a", "b" }, field.Arguments.Select(a => a.Name.Value));
            Assert.Equal($"d{i}", Assert.Single(field.Directives).Name.Value);
            var list = Assert.IsType<ListValueNode>(field.Arguments[0].Value);
            Assert.Equal(2, list.Values.Count);
            Assert.Equal($"k{i}", Assert.Single(Assert.IsType<ObjectValueNode>(field.Arguments[1].Value).Fields).Name.Value);
            if (i % 7 == 0)
            {
                Assert.Equal(new[] { $"g{i}", $"h{i}" }, field.SelectionSet!.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
            }
            else
            {
                Assert.Null(field.SelectionSet);
            }
        }
    }

    [Fact]
    public void AFailedParseLeavesNoItemsForTheNextOne()
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c(x: [1, 2, {"));

        DocumentNode document = Parser.Parse("{ d }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal("d", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }
}
