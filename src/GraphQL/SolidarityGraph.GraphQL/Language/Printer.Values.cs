using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

// Values, type references, arguments and directives (spec §2.6, §2.9, §2.11, §2.12).
public static partial class Printer
{
    private static void WriteValue(PrintWriter w, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                w.Write('$');
                WriteName(w, variable.Name);
                break;
            case IntValueNode intValue: w.Write(intValue.Value); break;
            case FloatValueNode floatValue: w.Write(floatValue.Value); break;
            case StringValueNode stringValue: WriteString(w, stringValue); break;
            case BooleanValueNode booleanValue: w.Write(booleanValue.Value ? "true" : "false"); break;
            case NullValueNode: w.Write("null"); break;
            case EnumValueNode enumValue: w.Write(enumValue.Value); break;
            case ListValueNode list: WriteList(w, list); break;
            case ObjectValueNode obj: WriteObject(w, obj); break;
            default: throw new ArgumentException($"Cannot print a value of kind {value.Kind}.", nameof(value));
        }
    }

    /// <summary>Writes <c>[a, b]</c>, or one item per line when that would exceed <see cref="MaxLineLength"/>.</summary>
    private static void WriteList(PrintWriter w, ListValueNode list)
    {
        w.Write('[');
        if (MeasureInline(list).Length > MaxLineLength)
        {
            WriteIndentedLines(w, list.Values, WriteValue);
        }
        else
        {
            WriteJoined(w, list.Values, ", ", WriteValue);
        }

        w.Write(']');
    }

    /// <summary>
    /// Writes <c>{ a: 1, b: 2 }</c>, or a block with one field per line when that would exceed
    /// <see cref="MaxLineLength"/>. An empty object prints as <c>{  }</c>, exactly like graphql-js 17.
    /// </summary>
    private static void WriteObject(PrintWriter w, ObjectValueNode obj)
    {
        if (MeasureInline(obj).Length > MaxLineLength)
        {
            WriteBlock(w, obj.Fields, WriteObjectField);
            return;
        }

        w.Write("{ ");
        WriteJoined(w, obj.Fields, ", ", WriteObjectField);
        w.Write(" }");
    }

    private static void WriteObjectField(PrintWriter w, ObjectFieldNode field) => WriteArgument(w, field.Name, field.Value);

    private static void WriteArgument(PrintWriter w, NameNode name, ValueNode value)
    {
        WriteName(w, name);
        w.Write(": ");
        WriteValue(w, value);
    }

    private static void WriteArgument(PrintWriter w, ArgumentNode argument) => WriteArgument(w, argument.Name, argument.Value);

    private static void WriteDefaultValue(PrintWriter w, ValueNode? defaultValue)
    {
        if (defaultValue is not null)
        {
            w.Write(" = ");
            WriteValue(w, defaultValue);
        }
    }

    /// <summary>Writes <c>@name(a: 1, b: 2)</c>; directive arguments always stay on one line.</summary>
    private static void WriteDirective(PrintWriter w, DirectiveNode directive)
    {
        w.Write('@');
        WriteName(w, directive.Name);
        if (directive.Arguments.Count > 0)
        {
            w.Write('(');
            WriteJoined(w, directive.Arguments, ", ", WriteArgument);
            w.Write(')');
        }
    }

    private static void WriteType(PrintWriter w, TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named: WriteName(w, named.Name); break;
            case ListTypeNode list:
                w.Write('[');
                WriteType(w, list.Type);
                w.Write(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(w, nonNull.Type);
                w.Write('!');
                break;
            default: throw new ArgumentException($"Cannot print a type of kind {type.Kind}.", nameof(type));
        }
    }

    private static void WriteString(PrintWriter w, StringValueNode value)
    {
        if (value.Block)
        {
            w.WriteLines(BlockStringPrinter.Print(value.Value));
        }
        else
        {
            StringPrinter.Write(w, value.Value);
        }
    }
}
