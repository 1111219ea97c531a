using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void PrintsKitchenSinkQuery() =>
        // The snapshot is graphql-js 17.1.0's print() of the same document.
        Snapshot.Match(Reprint(Fixtures.KitchenSinkQuery));

    [Fact]
    public void PrintsKitchenSinkSchema() =>
        Snapshot.Match(Reprint(Fixtures.KitchenSinkSchema));

    [Theory]
    [InlineData("query")]
    [InlineData("schema")]
    public void PrintingIsStableUnderReparsing(string kitchenSink)
    {
        var source = kitchenSink == "query" ? Fixtures.KitchenSinkQuery : Fixtures.KitchenSinkSchema;
        var printed = Reprint(source);

        Assert.Equal(printed, Reprint(printed));
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($v: Int) { a }", "query ($v: Int) {\n  a\n}")]
    [InlineData("query @live { a }", "query @live {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription S($v: [ID!]! = [\"1\"] @d) { a }", "subscription S($v: [ID!]! = [\"1\"] @d) {\n  a\n}")]
    [InlineData("\"described\" query { a }", "\"described\"\nquery {\n  a\n}")]
    public void PrintsOperationHeaders(string source, string expected) => Assert.Equal(expected, Reprint(source));

    [Fact]
    public void PutsDescribedVariableDefinitionsOnTheirOwnUnindentedLines() =>
        Assert.Equal(
            "query Q(\n\"The project.\"\n$id: ID!\n$first: Int = 10\n) {\n  a\n}",
            Reprint("query Q(\"The project.\" $id: ID!, $first: Int = 10) { a }"));

    [Fact]
    public void PrintsSelectionsInIndentedBlocks() =>
        Assert.Equal(
            "{\n  project: node(id: 1) @include(if: $all) {\n    ...ProjectFields\n    ... on Project {\n      title\n    }\n    ... @skip(if: true) {\n      id\n    }\n  }\n}",
            Reprint("{ project: node(id: 1) @include(if: $all) { ...ProjectFields ... on Project { title } ... @skip(if: true) { id } } }"));

    [Fact]
    public void KeepsArgumentsOnOneLineUpToEightyColumns()
    {
        // "f(a: \"…\")" with 72 y's is exactly 80 characters long.
        var atLimit = "{ f(a: \"" + new string('y', 72) + "\") }";

        Assert.Equal("{\n  f(a: \"" + new string('y', 72) + "\")\n}", Reprint(atLimit));
    }

    [Fact]
    public void BreaksArgumentsBeyondEightyColumns()
    {
        var overLimit = "{ f(a: \"" + new string('y', 67) + "\", b: 1) }";

        Assert.Equal("{\n  f(\n    a: \"" + new string('y', 67) + "\"\n    b: 1\n  )\n}", Reprint(overLimit));
    }

    [Fact]
    public void CountsTheAliasInTheLineLength()
    {
        // Without the alias this field would fit; with it, the line is 81 characters long.
        var aliased = "{ alias: f(a: \"" + new string('y', 66) + "\") }";

        Assert.StartsWith("{\n  alias: f(\n    a: ", Reprint(aliased));
        Assert.StartsWith("{\n  f(a: ", Reprint(aliased.Replace("alias: ", "")));
    }

    [Fact]
    public void NeverBreaksDirectiveArguments()
    {
        var text = new string('y', 100);

        Assert.Equal("{\n  f @d(a: \"" + text + "\")\n}", Reprint("{ f @d(a: \"" + text + "\") }"));
    }

    [Fact]
    public void BreaksLongListsAndObjectsOneItemPerLine()
    {
        var item = new string('y', 40);
        var printed = Printer.Print(Parser.ParseValue($"{{ a: [\"{item}\", \"{item}\"], b: 1 }}"));

        Assert.Equal($"{{\n  a: [\n    \"{item}\"\n    \"{item}\"\n  ]\n  b: 1\n}}", printed);
    }

    [Theory]
    [InlineData("{}", "{  }")]
    [InlineData("[]", "[]")]
    [InlineData("[{}, []]", "[{  }, []]")]
    [InlineData("{ a: { b: [1, 2.5, \"c\", true, null, ENUM, $v] } }", "{ a: { b: [1, 2.5, \"c\", true, null, ENUM, $v] } }")]
    public void PrintsValues(string source, string expected) => Assert.Equal(expected, Printer.Print(Parser.ParseValue(source)));

    [Theory]
    [InlineData("\"\\u0000\\u001F\\u007F\\u009F\\u00A0\"", "\"\\u0000\\u001F\\u007F\\u009F\u00A0\"")]
    [InlineData("\"\\b\\t\\n\\f\\r\\\"\\\\\\/\"", "\"\\b\\t\\n\\f\\r\\\"\\\\/\"")]
    [InlineData("\"\\u{1F331} caf\\u00E9\"", "\"\U0001F331 café\"")]
    public void EscapesOnlyWhatGraphQLJsEscapes(string source, string expected) =>
        Assert.Equal(expected, Printer.Print(Parser.ParseValue(source)));

    [Fact]
    public void IndentsBlockStringLinesWithTheirContext() =>
        Assert.Equal(
            "{\n  a(b: \"\"\"\n  first\n    second\n  \"\"\")\n}",
            Reprint("{ a(b: \"\"\"\n    first\n      second\n  \"\"\") }"));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("one line", "\"\"\"one line\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("first\n  indented\n\n  rest", "\"\"\"\nfirst\n  indented\n\n  rest\n\"\"\"")]
    public void PrintsBlockStringsLikeGraphQLJs(string value, string expected) =>
        Assert.Equal(expected, BlockStringPrinter.Print(value));

    [Fact]
    public void BreaksSingleLineBlockStringsLongerThanSeventyCharacters()
    {
        var value = new string('z', 71);

        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockStringPrinter.Print(value));
        Assert.Equal("\"\"\"" + value.Substring(1) + "\"\"\"", BlockStringPrinter.Print(value.Substring(1)));
    }

    [Fact]
    public void PrintsTypeSystemDefinitions() =>
        Assert.Equal(
            "\"Organisations.\"\ntype Collective implements Node & Named @key(fields: \"id\") {\n  id: ID!\n  members(first: Int = 10): [Person!]!\n}\n\n"
            + "union Result = Project | Collective\n\n"
            + "directive @key(fields: String!) repeatable on OBJECT | INTERFACE\n\n"
            + "extend schema @d {\n  query: Query\n}",
            Reprint("\"Organisations.\" type Collective implements & Node & Named @key(fields: \"id\") { id: ID! members(first: Int = 10): [Person!]! } "
                + "union Result = | Project | Collective directive @key(fields: String!) repeatable on | OBJECT | INTERFACE extend schema @d { query: Query }"));

    [Fact]
    public void IndentsArgumentDefinitionsWhenOneSpansLines() =>
        Assert.Equal(
            "type T {\n  f(\n    \"Described.\"\n    a: Int\n    b: Int = 1\n  ): Int\n}",
            Reprint("type T { f(\"Described.\" a: Int, b: Int = 1): Int }"));

    [Theory]
    [InlineData("Project")]
    [InlineData("Project.title")]
    [InlineData("Query.projects(first:)")]
    [InlineData("@deprecated")]
    [InlineData("@deprecated(reason:)")]
    public void PrintsSchemaCoordinates(string coordinate) =>
        Assert.Equal(coordinate, Printer.Print(Parser.ParseSchemaCoordinate(coordinate)));

    [Fact]
    public void PrintsExperimentalFragmentArguments()
    {
        var options = new ParserOptions { ExperimentalFragmentArguments = true };
        var document = Parser.Parse(
            "{ ...F(a: 1, b: [$v]) @d } fragment F($a: Int = 1, \"described\" $b: [String]) on T { a }", options);
        var longArgument = Parser.Parse("{ ...F(a: \"" + new string('y', 80) + "\") }", options);

        // graphql-js keeps fragment variables on one line, even around a description's line break.
        Assert.Equal(
            "{\n  ...F(a: 1, b: [$v]) @d\n}\n\nfragment F($a: Int = 1, \"described\"\n$b: [String]) on T {\n  a\n}",
            Printer.Print(document));
        Assert.Equal("{\n  ...F(\n    a: \"" + new string('y', 80) + "\"\n  )\n}", Printer.Print(longArgument));
    }

    [Fact]
    public void PrintsNodesBuiltInCode()
    {
        var field = new FieldNode(null, new NameNode("projects"), null, null, new SelectionSetNode(Array.Empty<SelectionNode>()));
        var type = new NonNullTypeNode(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("ID")))));

        Assert.Equal("projects {}", Printer.Print(field));
        Assert.Equal("[ID!]!", Printer.Print(type));
        Assert.Equal("\"a\\nb\"", Printer.Print(new StringValueNode("a\nb")));
    }

    [Fact]
    public void RejectsANullNode() => Assert.Throws<ArgumentNullException>(() => Printer.Print(null!));
}
