using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Prints syntax trees back to GraphQL source text, byte for byte as graphql-js 17.1.0's <c>print()</c> does:
/// two-space indentation, selection sets and type bodies as blocks, and argument lists, list values and object
/// values broken over several lines once they would exceed 80 columns.
/// </summary>
public static partial class Printer
{
    /// <summary>The line width beyond which arguments, lists and objects are printed one item per line.</summary>
    private const int MaxLineLength = 80;

    /// <summary>Prints a syntax tree (a whole document or any node within one) as GraphQL source text.</summary>
    /// <param name="node">The node to print.</param>
    /// <returns>The printed text, without a trailing newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is <see langword="null"/>.</exception>
    public static string Print(SyntaxNode node)
    {
        if (node is null)
        {
            throw new ArgumentNullException(nameof(node));
        }

        var writer = new PrintWriter();
        Write(writer, node);
        return writer.ToString();
    }

    private static void Write(PrintWriter w, SyntaxNode node)
    {
        switch (node)
        {
            case ValueNode value: WriteValue(w, value); break;
            case TypeNode type: WriteType(w, type); break;
            case SelectionNode selection: WriteSelection(w, selection); break;
            case DefinitionNode definition: WriteDefinition(w, definition); break;
            case SchemaCoordinateNode coordinate: WriteCoordinate(w, coordinate); break;
            case NameNode name: w.Write(name.Value); break;
            case DocumentNode document: WriteDocument(w, document); break;
            case VariableDefinitionNode variable: WriteVariableDefinition(w, variable); break;
            case SelectionSetNode selectionSet: WriteSelectionSet(w, selectionSet); break;
            case ArgumentNode argument: WriteArgument(w, argument.Name, argument.Value); break;
            case FragmentArgumentNode argument: WriteArgument(w, argument.Name, argument.Value); break;
            case ObjectFieldNode field: WriteArgument(w, field.Name, field.Value); break;
            case DirectiveNode directive: WriteDirective(w, directive); break;
            case OperationTypeDefinitionNode operationType: WriteOperationTypeDefinition(w, operationType); break;
            case FieldDefinitionNode field: WriteFieldDefinition(w, field); break;
            case InputValueDefinitionNode input: WriteInputValueDefinition(w, input); break;
            case EnumValueDefinitionNode enumValue: WriteEnumValueDefinition(w, enumValue); break;
            default: throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node));
        }
    }

    /// <summary>Writes <c>{</c>, the items one per line one level deeper, and <c>}</c>; nothing for no items.</summary>
    private static void WriteBlock<T>(PrintWriter w, IReadOnlyList<T> items, Action<PrintWriter, T> writeItem)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Write('{');
        WriteIndentedLines(w, items, writeItem);
        w.Write('}');
    }

    /// <summary>
    /// Writes each item on its own line, one level deeper than the current one, then a line break back at the
    /// current level: the body shared by blocks, broken argument lists and broken list values.
    /// </summary>
    private static void WriteIndentedLines<T>(PrintWriter w, IReadOnlyList<T> items, Action<PrintWriter, T> writeItem)
    {
        w.Indent();
        for (var i = 0; i < items.Count; i++)
        {
            w.NewLine();
            writeItem(w, items[i]);
        }

        w.Dedent();
        w.NewLine();
    }

    /// <summary>Writes the items separated by <paramref name="separator"/>.</summary>
    private static void WriteJoined<T>(PrintWriter w, IReadOnlyList<T> items, string separator, Action<PrintWriter, T> writeItem)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                w.Write(separator);
            }

            writeItem(w, items[i]);
        }
    }

    /// <summary>Writes <c> @a @b</c>: a space, then the directives separated by spaces; nothing for none.</summary>
    private static void WriteDirectivesAfterSpace(PrintWriter w, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count > 0)
        {
            w.Write(' ');
            WriteJoined(w, directives, " ", WriteDirective);
        }
    }

    /// <summary>Writes a description followed by a line break, as every described definition starts.</summary>
    private static void WriteDescription(PrintWriter w, StringValueNode? description)
    {
        if (description is not null)
        {
            WriteString(w, description);
            w.NewLine();
        }
    }

    private static void WriteName(PrintWriter w, NameNode name) => w.Write(name.Value);
}
