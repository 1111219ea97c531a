using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

// Documents, operations, selections and fragments (spec §2.2–§2.8, §2.10).
public static partial class Printer
{
    private static void WriteDocument(PrintWriter w, DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                w.NewLine();
                w.NewLine();
            }

            WriteDefinition(w, document.Definitions[i]);
        }
    }

    private static void WriteDefinition(PrintWriter w, DefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation: WriteOperationDefinition(w, operation); break;
            case FragmentDefinitionNode fragment: WriteFragmentDefinition(w, fragment); break;
            case TypeSystemDefinitionNode typeSystem: WriteTypeSystemDefinition(w, typeSystem); break;
            case TypeSystemExtensionNode extension: WriteTypeSystemExtension(w, extension); break;
            default: throw new ArgumentException($"Cannot print a definition of kind {definition.Kind}.", nameof(definition));
        }
    }

    private static void WriteOperationDefinition(PrintWriter w, OperationDefinitionNode operation)
    {
        // The query shorthand: a bare selection set when nothing else would be printed before it.
        var isShorthand = operation.Operation == OperationType.Query
            && operation.Name is null
            && operation.VariableDefinitions.Count == 0
            && operation.Directives.Count == 0
            && operation.Description is null;
        if (!isShorthand)
        {
            WriteDescription(w, operation.Description);
            w.Write(OperationKeyword(operation.Operation));
            if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
            {
                w.Write(' ');
                if (operation.Name is not null)
                {
                    WriteName(w, operation.Name);
                }

                WriteVariableDefinitions(w, operation.VariableDefinitions);
            }

            WriteDirectivesAfterSpace(w, operation.Directives);
            w.Write(' ');
        }

        WriteSelectionSet(w, operation.SelectionSet);
    }

    /// <summary>
    /// Writes <c>($a: T, $b: U)</c>, or one definition per line when any of them spans several lines (for
    /// instance because it has a description). graphql-js 17 does not indent those lines, so neither do we.
    /// </summary>
    private static void WriteVariableDefinitions(PrintWriter w, IReadOnlyList<VariableDefinitionNode> definitions)
    {
        if (definitions.Count == 0)
        {
            return;
        }

        var multiline = false;
        for (var i = 0; i < definitions.Count && !multiline; i++)
        {
            multiline = SpansLines(definitions[i]);
        }

        w.Write('(');
        if (multiline)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                w.NewLine();
                WriteVariableDefinition(w, definitions[i]);
            }

            w.NewLine();
        }
        else
        {
            WriteJoined(w, definitions, ", ", WriteVariableDefinition);
        }

        w.Write(')');
    }

    private static void WriteVariableDefinition(PrintWriter w, VariableDefinitionNode definition)
    {
        WriteDescription(w, definition.Description);
        w.Write('$');
        WriteName(w, definition.Variable.Name);
        w.Write(": ");
        WriteType(w, definition.Type);
        WriteDefaultValue(w, definition.DefaultValue);
        WriteDirectivesAfterSpace(w, definition.Directives);
    }

    private static void WriteSelectionSet(PrintWriter w, SelectionSetNode selectionSet)
    {
        if (selectionSet.Selections.Count == 0)
        {
            w.Write("{}");
            return;
        }

        WriteBlock(w, selectionSet.Selections, WriteSelection);
    }

    private static void WriteSelection(PrintWriter w, SelectionNode selection)
    {
        switch (selection)
        {
            case FieldNode field: WriteField(w, field); break;
            case FragmentSpreadNode spread: WriteFragmentSpread(w, spread); break;
            case InlineFragmentNode inline: WriteInlineFragment(w, inline); break;
            default: throw new ArgumentException($"Cannot print a selection of kind {selection.Kind}.", nameof(selection));
        }
    }

    private static void WriteField(PrintWriter w, FieldNode field)
    {
        var prefixLength = field.Name.Value.Length;
        if (field.Alias is not null)
        {
            WriteName(w, field.Alias);
            w.Write(": ");
            prefixLength += field.Alias.Value.Length + 2;
        }

        WriteName(w, field.Name);
        WriteArguments(w, prefixLength, field.Arguments);
        WriteDirectivesAfterSpace(w, field.Directives);
        if (field.SelectionSet is not null)
        {
            w.Write(' ');
            WriteSelectionSet(w, field.SelectionSet);
        }
    }

    private static void WriteFragmentSpread(PrintWriter w, FragmentSpreadNode spread)
    {
        w.Write("...");
        WriteName(w, spread.Name);
        WriteArguments(w, 3 + spread.Name.Value.Length, spread.Arguments);
        WriteDirectivesAfterSpace(w, spread.Directives);
    }

    private static void WriteInlineFragment(PrintWriter w, InlineFragmentNode inline)
    {
        w.Write("...");
        if (inline.TypeCondition is not null)
        {
            w.Write(" on ");
            WriteName(w, inline.TypeCondition.Name);
        }

        WriteDirectivesAfterSpace(w, inline.Directives);
        w.Write(' ');
        WriteSelectionSet(w, inline.SelectionSet);
    }

    private static void WriteFragmentDefinition(PrintWriter w, FragmentDefinitionNode fragment)
    {
        WriteDescription(w, fragment.Description);
        w.Write("fragment ");
        WriteName(w, fragment.Name);

        // Fragment variables (experimental) always stay on one line, as in graphql-js.
        if (fragment.VariableDefinitions.Count > 0)
        {
            w.Write('(');
            WriteJoined(w, fragment.VariableDefinitions, ", ", WriteVariableDefinition);
            w.Write(')');
        }

        w.Write(" on ");
        WriteName(w, fragment.TypeCondition.Name);
        w.Write(' ');
        if (fragment.Directives.Count > 0)
        {
            WriteJoined(w, fragment.Directives, " ", WriteDirective);
            w.Write(' ');
        }

        WriteSelectionSet(w, fragment.SelectionSet);
    }

    /// <summary>
    /// Writes a field's or spread's arguments: on one line, or one per line when the field prefix plus the
    /// arguments on one line would exceed <see cref="MaxLineLength"/>.
    /// </summary>
    private static void WriteArguments<T>(PrintWriter w, int prefixLength, IReadOnlyList<T> arguments)
        where T : SyntaxNode
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var length = prefixLength + 2 + 2 * (arguments.Count - 1);
        for (var i = 0; i < arguments.Count && length <= MaxLineLength; i++)
        {
            var (name, value) = ArgumentParts(arguments[i]);
            length += name.Value.Length + 2 + Measure(value).Length;
        }

        w.Write('(');
        if (length > MaxLineLength)
        {
            WriteIndentedLines(w, arguments, WriteArgumentLike);
        }
        else
        {
            WriteJoined(w, arguments, ", ", WriteArgumentLike);
        }

        w.Write(')');
    }

    private static void WriteArgumentLike<T>(PrintWriter w, T argument)
        where T : SyntaxNode
    {
        var (name, value) = ArgumentParts(argument);
        WriteArgument(w, name, value);
    }

    private static (NameNode Name, ValueNode Value) ArgumentParts(SyntaxNode argument) => argument switch
    {
        ArgumentNode a => (a.Name, a.Value),
        FragmentArgumentNode f => (f.Name, f.Value),
        _ => throw new ArgumentException($"Not an argument: {argument.Kind}.", nameof(argument)),
    };

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
