using Microsoft.CodeAnalysis;

namespace SolidarityGraph.Client.Generator.Tests.Diagnostics;

/// <summary>An invalid document is a compile error at its own line and column, with the engine's message and code.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void UnknownFieldIsAnErrorAtTheField()
    {
        var diagnostic = Single("""
            query GetProject($id: ID!) {
              project(id: $id) {
                id
                nickname
              }
            }
            """);

        Assert.Equal(("SGQL002", 4, 5), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE: Cannot query field \"nickname\" on type \"Project\". Did you mean \"name\"?", diagnostic.GetMessage());
        Assert.Equal($"{GeneratorHarness.ProjectFolder}/Broken.graphql", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void WrongArgumentTypeIsAnErrorAtTheValue()
    {
        var diagnostic = Single("""
            query ListOrganisations {
              organisations(first: "ten") { totalCount }
            }
            """);

        Assert.Equal(("SGQL002", 2, 24), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.StartsWith("VALUES_OF_CORRECT_TYPE: Int cannot represent non-integer value: \"ten\"", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedVariableIsAnErrorAtItsUse()
    {
        var diagnostic = Single("""
            query GetProject {
              project(id: $id) { id }
            }
            """);

        Assert.Equal(("SGQL002", 2, 15), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.Equal("NO_UNDEFINED_VARIABLES: Variable \"$id\" is not defined by operation \"GetProject\".", diagnostic.GetMessage());
    }

    [Fact]
    public void SyntaxErrorIsAnErrorAtTheUnexpectedToken()
    {
        var diagnostic = Single("""
            query GetProject($id: ID!) {
              project(id: $id) { id name
            }
            """);

        // The document ends right after the last brace: <EOF> is on line 3, column 2.
        Assert.Equal(("SGQL001", 3, 2), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.Equal("GRAPHQL_PARSE_FAILED: Syntax Error: Expected Name, found <EOF>.", diagnostic.GetMessage());
    }

    [Fact]
    public void FragmentsOfAnotherDocumentThatCannotBeMergedAreAnErrorOfTheSpreadingDocument()
    {
        var result = GeneratorHarness.Run(
            Corpus.Config,
            Corpus.Schema,
            ("Fragments.graphql", "fragment OrgValue on Organisation { value: kind }\nfragment ProjectValue on Project { value: name }"),
            ("Query.graphql", "query GetValue($id: ID!) {\n  node(id: $id) { ...OrgValue ...ProjectValue }\n}"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SGQL002", 1, 1), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
        Assert.EndsWith("Query.graphql", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.StartsWith("OVERLAPPING_FIELDS_CAN_BE_MERGED: ", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousOperationIsRefusedBecauseItNamesTheTypes()
    {
        var diagnostic = Single("{ project(id: \"1\") { id } }");

        Assert.Equal(("SGQL005", 1, 1), (diagnostic.Id, Line(diagnostic), Column(diagnostic)));
    }

    [Fact]
    public void ADocumentWithErrorsGeneratesNothingForItselfButTheOthersStillGenerate()
    {
        var result = GeneratorHarness.Run(
            Corpus.Config, Corpus.Schema, ("Broken.graphql", "query Broken { project(id: \"1\") { nickname } }"), Corpus.Document("Paging"));

        Assert.Single(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "ListOrganisations.g.cs");
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "Broken.g.cs");
    }

    [Fact]
    public void AMissingSchemaFileIsAConfigurationError()
    {
        var files = GeneratorHarness.Files(new[] { (".graphqlrc.json", Corpus.Config), ("Query.graphql", "query Q { node(id: \"1\") { id } }") });
        var result = GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SGQL004", diagnostic.Id);
        Assert.Contains("schema.graphql", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static Diagnostic Single(string document)
    {
        var result = GeneratorHarness.Run(Corpus.Config, Corpus.Schema, ("Broken.graphql", document));
        Assert.Null(result.Exception);
        return Assert.Single(result.Diagnostics);
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static int Column(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1;
}
