using SolidarityGraph.Client.Generator.Diagnostics;
using SolidarityGraph.Client.Generator.Inputs;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>
/// Parses one document and validates it with the engine (spec §5), together with the fragments it spreads from
/// other documents. Errors become diagnostics at the document's own line and column.
/// </summary>
internal static class DocumentAnalyzer
{
    public static (DocumentNode? Document, List<DiagnosticInfo> Diagnostics) Analyze(
        GraphQLFile file, Schema schema, EquatableArray<FragmentSource> fragments)
    {
        var diagnostics = new List<DiagnosticInfo>();
        DocumentNode local;
        try
        {
            local = Parser.Parse(file.Text, ParserOptions.Trusted);
        }
        catch (GraphQLSyntaxException exception)
        {
            diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.SyntaxError, file.Path, file.Text, exception.Line, exception.Column, Describe(exception.Error)));
            return (null, diagnostics);
        }

        var foreign = ForeignFragments(local, fragments);
        var document = new DocumentNode(local.Definitions.Concat(foreign).ToList());
        foreach (var error in DocumentValidator.Validate(schema, document).Where(IsReported))
        {
            // Errors wholly inside fragments of other documents have no location here: they are still errors of this
            // document (e.g. two spread fragments that cannot be merged), reported where it starts.
            var at = error.Locations.Count > 0 ? error.Locations[0] : FirstLocation(local);
            diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.ValidationError, file.Path, file.Text, at.Line, at.Column, Describe(error)));
        }

        return (diagnostics.Count == 0 ? document : null, diagnostics);
    }

    /// <summary>The named fragments a document defines, printed, so other documents can spread them.</summary>
    public static EquatableArray<FragmentSource> Fragments(GraphQLFile file)
    {
        try
        {
            return Parser.Parse(file.Text, ParserOptions.Trusted).Definitions.OfType<FragmentDefinitionNode>()
                .Select(f => new FragmentSource(f.Name.Value, file.Path, Printer.Print(f)))
                .ToEquatableArray();
        }
        catch (GraphQLSyntaxException)
        {
            return EquatableArray<FragmentSource>.Empty; // reported by the document's own analysis
        }
    }

    /// <summary><c>CODE: message</c>, the engine's stable code first so it reads like a compiler error code.</summary>
    public static string Describe(GraphQLError error) => error.Code is { } code ? $"{code}: {error.Message}" : error.Message;

    // A fragment may be spread by documents other than its own, so "unused here" is not an error.
    private static bool IsReported(GraphQLError error) => error.Code != ValidationErrorCodes.NoUnusedFragments;

    private static SourceLocation FirstLocation(DocumentNode document) =>
        document.Definitions.FirstOrDefault()?.Location is { } location ? new SourceLocation(location.Line, location.Column) : new SourceLocation(1, 1);

    /// <summary>The fragments defined elsewhere that this document spreads, transitively, parsed without locations.</summary>
    private static List<FragmentDefinitionNode> ForeignFragments(DocumentNode local, EquatableArray<FragmentSource> fragments)
    {
        var defined = new HashSet<string>(local.Definitions.OfType<FragmentDefinitionNode>().Select(f => f.Name.Value), StringComparer.Ordinal);
        var available = fragments.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new List<FragmentDefinitionNode>();
        var pending = new Stack<string>(local.Definitions.SelectMany(Spreads));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!defined.Add(name) || !available.TryGetValue(name, out var source))
            {
                continue;
            }

            var parsed = Parser.Parse(source.Text, new ParserOptions { NoLocation = true, MaxTokens = int.MaxValue });
            var fragment = parsed.Definitions.OfType<FragmentDefinitionNode>().First();
            result.Add(fragment);
            foreach (var spread in Spreads(fragment))
            {
                pending.Push(spread);
            }
        }

        return result;
    }

    /// <summary>The fragment names spread anywhere inside <paramref name="node"/>.</summary>
    public static IEnumerable<string> Spreads(SyntaxNode node) => node switch
    {
        ExecutableDefinitionNode definition => Spreads(definition.SelectionSet),
        SelectionSetNode set => set.Selections.SelectMany(Spreads),
        FieldNode { SelectionSet: { } set } => Spreads(set),
        InlineFragmentNode inline => Spreads(inline.SelectionSet),
        FragmentSpreadNode spread => new[] { spread.Name.Value },
        _ => Enumerable.Empty<string>(),
    };
}
