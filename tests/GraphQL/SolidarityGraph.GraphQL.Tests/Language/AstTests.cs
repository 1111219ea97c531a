using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>The immutable syntax tree built in code: required children, empty lists, kinds and locations.</summary>
public sealed class AstTests
{
    [Fact]
    public void MissingListsBecomeEmptyAndRequiredChildrenAreChecked()
    {
        var field = new FieldNode(null, new NameNode("a"), null, null, null);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Null(field.Location);
        Assert.Throws<ArgumentNullException>(() => new FieldNode(null, null!, null, null, null));
        Assert.Throws<ArgumentNullException>(() => new NameNode(null!));
    }

    [Fact]
    public void KindsMatchGraphQLJsKindNames()
    {
        Assert.Equal("OperationDefinition", new OperationDefinitionNode(OperationType.Query, null, null, null, new SelectionSetNode([])).Kind.ToString());
        Assert.Equal("IntValue", new IntValueNode("1").Kind.ToString());
        Assert.Equal("DirectiveArgumentCoordinate", new DirectiveArgumentCoordinateNode(new NameNode("d"), new NameNode("a")).Kind.ToString());
        Assert.Equal("InputObjectTypeExtension", new InputObjectTypeExtensionNode(new NameNode("I"), null, null).Kind.ToString());
    }

    [Fact]
    public void ParsedListsAreNotMutableThroughTheirInterface()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ a b }").Definitions[0];
        Assert.IsType<SelectionNode[]>(operation.SelectionSet.Selections);
        Assert.Same(Array.Empty<DirectiveNode>(), operation.Directives);
    }

    [Fact]
    public void SharedDefaultOptionsCannotBeChangedByCallers()
    {
        ParserOptions.Default.MaxTokens = 1;
        Assert.Equal(ParserOptions.DefaultMaxTokens, ParserOptions.Default.MaxTokens);
        Assert.NotNull(Parser.Parse("{ a b c }"));
    }

    [Fact]
    public void LocationsCompareByValue()
    {
        Assert.Equal(new Location(1, 2, 3, 4), new Location(1, 2, 3, 4));
        Assert.NotEqual(new Location(1, 2, 3, 4), new Location(1, 2, 3, 5));
        Assert.Equal("3:4 [1..2)", new Location(1, 2, 3, 4).ToString());
    }
}
