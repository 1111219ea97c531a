using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

// Line-breaking decisions depend on how long a value prints. Printed length is measured without printing:
// the rules below mirror the writers in Printer.Values.cs, and the length counts a nested broken value with
// its own line breaks and indentation (as graphql-js does), but not the indentation of the current line.
public static partial class Printer
{
    /// <summary>The printed size of a node: its length in UTF-16 code units and how many line breaks it has.</summary>
    private readonly struct Extent
    {
        public Extent(int length, int newLines)
        {
            Length = length;
            NewLines = newLines;
        }

        public int Length { get; }

        public int NewLines { get; }
    }

    private static Extent Measure(ValueNode value) => value switch
    {
        VariableNode variable => new Extent(1 + variable.Name.Value.Length, 0),
        IntValueNode intValue => new Extent(intValue.Value.Length, 0),
        FloatValueNode floatValue => new Extent(floatValue.Value.Length, 0),
        StringValueNode stringValue => MeasureString(stringValue),
        BooleanValueNode booleanValue => new Extent(booleanValue.Value ? 4 : 5, 0),
        NullValueNode => new Extent(4, 0),
        EnumValueNode enumValue => new Extent(enumValue.Value.Length, 0),
        ListValueNode list => MeasureList(list),
        ObjectValueNode obj => MeasureObject(obj),
        _ => throw new ArgumentException($"Cannot print a value of kind {value.Kind}.", nameof(value)),
    };

    private static Extent MeasureString(StringValueNode value)
    {
        if (!value.Block)
        {
            return new Extent(StringPrinter.PrintedLength(value.Value), 0);
        }

        var printed = BlockStringPrinter.Print(value.Value);
        var newLines = 0;
        foreach (var c in printed)
        {
            if (c == '\n')
            {
                newLines++;
            }
        }

        return new Extent(printed.Length, newLines);
    }

    private static Extent MeasureList(ListValueNode list)
    {
        var inline = MeasureInline(list);
        return inline.Length > MaxLineLength ? MeasureBroken(list.Values.Count, inline, 2) : inline;
    }

    private static Extent MeasureObject(ObjectValueNode obj)
    {
        var inline = MeasureInline(obj);
        return inline.Length > MaxLineLength ? MeasureBroken(obj.Fields.Count, inline, 4) : inline;
    }

    /// <summary>The extent of <c>[a, b]</c> on one line (its items may still span lines).</summary>
    private static Extent MeasureInline(ListValueNode list)
    {
        int length = 2, newLines = 0;
        for (var i = 0; i < list.Values.Count; i++)
        {
            var item = Measure(list.Values[i]);
            length += item.Length + (i > 0 ? 2 : 0);
            newLines += item.NewLines;
        }

        return new Extent(length, newLines);
    }

    /// <summary>The extent of <c>{ a: 1, b: 2 }</c> on one line (its values may still span lines).</summary>
    private static Extent MeasureInline(ObjectValueNode obj)
    {
        int length = 4, newLines = 0;
        for (var i = 0; i < obj.Fields.Count; i++)
        {
            var value = Measure(obj.Fields[i].Value);
            length += obj.Fields[i].Name.Value.Length + 2 + value.Length + (i > 0 ? 2 : 0);
            newLines += value.NewLines;
        }

        return new Extent(length, newLines);
    }

    /// <summary>
    /// The extent of the same items one per line, one level deeper, between an opening and a closing line:
    /// each <c>", "</c> becomes a line break, every line gains two spaces, and the delimiters gain a line break each.
    /// </summary>
    /// <param name="count">How many items there are (at least one).</param>
    /// <param name="inline">The one-line extent.</param>
    /// <param name="delimiters">How many characters the one-line delimiters take (<c>[]</c>: 2, <c>{  }</c>: 4).</param>
    private static Extent MeasureBroken(int count, Extent inline, int delimiters)
    {
        var itemsLength = inline.Length - delimiters - (count - 1);
        var itemsNewLines = inline.NewLines + count - 1;
        var indented = itemsLength + 2 * (itemsNewLines + 1);
        return new Extent(2 + indented + 2, itemsNewLines + 2);
    }

    /// <summary>Whether a variable or input value definition prints over several lines (it then forces its siblings onto separate lines too).</summary>
    private static bool SpansLines(VariableDefinitionNode definition) =>
        definition.Description is not null
        || (definition.DefaultValue is not null && Measure(definition.DefaultValue).NewLines > 0)
        || DirectivesSpanLines(definition.Directives);

    private static bool SpansLines(InputValueDefinitionNode definition) =>
        definition.Description is not null
        || (definition.DefaultValue is not null && Measure(definition.DefaultValue).NewLines > 0)
        || DirectivesSpanLines(definition.Directives);

    private static bool DirectivesSpanLines(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var arguments = directives[i].Arguments;
            for (var j = 0; j < arguments.Count; j++)
            {
                if (Measure(arguments[j].Value).NewLines > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
