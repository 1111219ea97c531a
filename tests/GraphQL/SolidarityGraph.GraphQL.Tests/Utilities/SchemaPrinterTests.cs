using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void PrintsTheFeatureSchema() =>
        Snapshot.Match(SchemaPrinter.Print(SchemaBuilder.Build(SchemaDifferentialTests.FeatureSchema)));

    [Fact]
    public void OmitsTheSchemaDefinitionForDefaultRootNames() =>
        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.Print(SchemaBuilder.Build("schema { query: Query } type Query { a: Int }")));

    [Fact]
    public void PrintsTheSchemaDefinitionWhenATypeIsNamedLikeAnUnusedRoot() =>
        Assert.Equal(
            "schema {\n  query: Query\n}\n\ntype Query {\n  a: Mutation\n}\n\ntype Mutation {\n  b: Int\n}",
            SchemaPrinter.Print(SchemaBuilder.Build("schema { query: Query } type Query { a: Mutation } type Mutation { b: Int }")));

    [Fact]
    public void PrintsCodeFirstDefaultsWithValueToLiteral()
    {
        var filter = new InputObjectType("Filter").AddField(new InputField("ids", new ListType(SpecifiedScalars.ID)));
        var argument = new Argument("filter", filter);
        argument.SetDefaultValue(new Dictionary<string, object?> { ["ids"] = new object?[] { "1", "x" } });
        var count = new Argument("count", SpecifiedScalars.Float);
        count.SetDefaultValue(2.0);
        var query = new ObjectType("Query").AddField(new OutputField("items", SpecifiedScalars.Int).AddArgument(argument).AddArgument(count));

        Assert.Equal(
            "type Query {\n  items(filter: Filter = { ids: [1, \"x\"] }, count: Float = 2): Int\n}\n\ninput Filter {\n  ids: [ID]\n}",
            SchemaPrinter.Print(new Schema(query)));
    }

    [Fact]
    public void BlockStringsOnlyWhenThePrintedFormParsesBack()
    {
        Assert.True(SchemaPrinter.IsPrintableAsBlockString("plain"));
        Assert.True(SchemaPrinter.IsPrintableAsBlockString(""));
        Assert.False(SchemaPrinter.IsPrintableAsBlockString("\nleading blank line"));
        Assert.False(SchemaPrinter.IsPrintableAsBlockString("trailing blank\n"));
        Assert.False(SchemaPrinter.IsPrintableAsBlockString("carriage\rreturn"));
        Assert.False(SchemaPrinter.IsPrintableAsBlockString("  a\n  b"));
        Assert.True(SchemaPrinter.IsPrintableAsBlockString("a\n  b"));
    }

    [Fact]
    public void PrintsTheIntrospectionSchemaDirectives()
    {
        var printed = SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.Build("type Query { a: Int }"));

        Assert.StartsWith("\"\"\"\nDirects the executor to include this field or fragment only when the `if` argument is true.\n\"\"\"\ndirective @include(", printed);
        Assert.Contains("directive @deprecated(\n  \"\"\"\n  Explains why", printed);
        Assert.Contains("reason: String! = \"No longer supported\"\n) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | DIRECTIVE_DEFINITION", printed);
    }
}
