using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

// Type system definitions and extensions (spec §3) and schema coordinates.
public static partial class Printer
{
    private static void WriteTypeSystemDefinition(PrintWriter w, TypeSystemDefinitionNode definition)
    {
        WriteDescription(w, definition.Description);
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                w.Write("schema");
                WriteDirectivesAfterSpace(w, schema.Directives);
                WriteBlockAfterSpace(w, schema.OperationTypes, WriteOperationTypeDefinition);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteKeywordAndName(w, "scalar ", scalar.Name);
                WriteDirectivesAfterSpace(w, scalar.Directives);
                break;
            case ObjectTypeDefinitionNode obj:
                WriteKeywordAndName(w, "type ", obj.Name);
                WriteFieldsContainer(w, obj.Interfaces, obj.Directives, obj.Fields);
                break;
            case InterfaceTypeDefinitionNode iface:
                WriteKeywordAndName(w, "interface ", iface.Name);
                WriteFieldsContainer(w, iface.Interfaces, iface.Directives, iface.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteKeywordAndName(w, "union ", union.Name);
                WriteDirectivesAfterSpace(w, union.Directives);
                WriteUnionMembers(w, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteKeywordAndName(w, "enum ", enumType.Name);
                WriteDirectivesAfterSpace(w, enumType.Directives);
                WriteBlockAfterSpace(w, enumType.Values, WriteEnumValueDefinition);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteKeywordAndName(w, "input ", input.Name);
                WriteDirectivesAfterSpace(w, input.Directives);
                WriteBlockAfterSpace(w, input.Fields, WriteInputValueDefinition);
                break;
            case DirectiveDefinitionNode directive:
                WriteDirectiveDefinition(w, directive);
                break;
            default:
                throw new ArgumentException($"Cannot print a definition of kind {definition.Kind}.", nameof(definition));
        }
    }

    private static void WriteTypeSystemExtension(PrintWriter w, TypeSystemExtensionNode extension)
    {
        switch (extension)
        {
            case SchemaExtensionNode schema:
                w.Write("extend schema");
                WriteDirectivesAfterSpace(w, schema.Directives);
                WriteBlockAfterSpace(w, schema.OperationTypes, WriteOperationTypeDefinition);
                break;
            case DirectiveExtensionNode directive:
                WriteKeywordAndName(w, "extend directive @", directive.Name);
                WriteDirectivesAfterSpace(w, directive.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteKeywordAndName(w, "extend scalar ", scalar.Name);
                WriteDirectivesAfterSpace(w, scalar.Directives);
                break;
            case ObjectTypeExtensionNode obj:
                WriteKeywordAndName(w, "extend type ", obj.Name);
                WriteFieldsContainer(w, obj.Interfaces, obj.Directives, obj.Fields);
                break;
            case InterfaceTypeExtensionNode iface:
                WriteKeywordAndName(w, "extend interface ", iface.Name);
                WriteFieldsContainer(w, iface.Interfaces, iface.Directives, iface.Fields);
                break;
            case UnionTypeExtensionNode union:
                WriteKeywordAndName(w, "extend union ", union.Name);
                WriteDirectivesAfterSpace(w, union.Directives);
                WriteUnionMembers(w, union.Types);
                break;
            case EnumTypeExtensionNode enumType:
                WriteKeywordAndName(w, "extend enum ", enumType.Name);
                WriteDirectivesAfterSpace(w, enumType.Directives);
                WriteBlockAfterSpace(w, enumType.Values, WriteEnumValueDefinition);
                break;
            case InputObjectTypeExtensionNode input:
                WriteKeywordAndName(w, "extend input ", input.Name);
                WriteDirectivesAfterSpace(w, input.Directives);
                WriteBlockAfterSpace(w, input.Fields, WriteInputValueDefinition);
                break;
            default:
                throw new ArgumentException($"Cannot print an extension of kind {extension.Kind}.", nameof(extension));
        }
    }

    private static void WriteOperationTypeDefinition(PrintWriter w, OperationTypeDefinitionNode operationType)
    {
        w.Write(OperationKeyword(operationType.Operation));
        w.Write(": ");
        WriteName(w, operationType.Type.Name);
    }

    /// <summary>Writes <c> implements A &amp; B @d { fields }</c>, each part only when present.</summary>
    private static void WriteFieldsContainer(
        PrintWriter w,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        if (interfaces.Count > 0)
        {
            w.Write(" implements ");
            WriteJoined(w, interfaces, " & ", WriteNamedType);
        }

        WriteDirectivesAfterSpace(w, directives);
        WriteBlockAfterSpace(w, fields, WriteFieldDefinition);
    }

    private static void WriteFieldDefinition(PrintWriter w, FieldDefinitionNode field)
    {
        WriteDescription(w, field.Description);
        WriteName(w, field.Name);
        WriteArgumentDefinitions(w, field.Arguments);
        w.Write(": ");
        WriteType(w, field.Type);
        WriteDirectivesAfterSpace(w, field.Directives);
    }

    /// <summary>Writes <c>(a: T, b: U)</c>, or one definition per line, indented, when any of them spans lines.</summary>
    private static void WriteArgumentDefinitions(PrintWriter w, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var multiline = false;
        for (var i = 0; i < arguments.Count && !multiline; i++)
        {
            multiline = SpansLines(arguments[i]);
        }

        w.Write('(');
        if (multiline)
        {
            WriteIndentedLines(w, arguments, WriteInputValueDefinition);
        }
        else
        {
            WriteJoined(w, arguments, ", ", WriteInputValueDefinition);
        }

        w.Write(')');
    }

    private static void WriteInputValueDefinition(PrintWriter w, InputValueDefinitionNode input)
    {
        WriteDescription(w, input.Description);
        WriteName(w, input.Name);
        w.Write(": ");
        WriteType(w, input.Type);
        WriteDefaultValue(w, input.DefaultValue);
        WriteDirectivesAfterSpace(w, input.Directives);
    }

    private static void WriteEnumValueDefinition(PrintWriter w, EnumValueDefinitionNode value)
    {
        WriteDescription(w, value.Description);
        WriteName(w, value.Name);
        WriteDirectivesAfterSpace(w, value.Directives);
    }

    private static void WriteUnionMembers(PrintWriter w, IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count > 0)
        {
            w.Write(" = ");
            WriteJoined(w, types, " | ", WriteNamedType);
        }
    }

    private static void WriteDirectiveDefinition(PrintWriter w, DirectiveDefinitionNode directive)
    {
        WriteKeywordAndName(w, "directive @", directive.Name);
        WriteArgumentDefinitions(w, directive.Arguments);
        WriteDirectivesAfterSpace(w, directive.Directives);
        if (directive.Repeatable)
        {
            w.Write(" repeatable");
        }

        w.Write(" on ");
        WriteJoined(w, directive.Locations, " | ", WriteName);
    }

    private static void WriteCoordinate(PrintWriter w, SchemaCoordinateNode coordinate)
    {
        switch (coordinate)
        {
            case TypeCoordinateNode type:
                WriteName(w, type.Name);
                break;
            case MemberCoordinateNode member:
                WriteName(w, member.Name);
                w.Write('.');
                WriteName(w, member.MemberName);
                break;
            case ArgumentCoordinateNode argument:
                WriteName(w, argument.Name);
                w.Write('.');
                WriteName(w, argument.FieldName);
                w.Write('(');
                WriteName(w, argument.ArgumentName);
                w.Write(":)");
                break;
            case DirectiveCoordinateNode directive:
                w.Write('@');
                WriteName(w, directive.Name);
                break;
            case DirectiveArgumentCoordinateNode directiveArgument:
                w.Write('@');
                WriteName(w, directiveArgument.Name);
                w.Write('(');
                WriteName(w, directiveArgument.ArgumentName);
                w.Write(":)");
                break;
            default:
                throw new ArgumentException($"Cannot print a coordinate of kind {coordinate.Kind}.", nameof(coordinate));
        }
    }

    /// <summary>Writes a space and a block of the items; nothing for no items.</summary>
    private static void WriteBlockAfterSpace<T>(PrintWriter w, IReadOnlyList<T> items, Action<PrintWriter, T> writeItem)
    {
        if (items.Count > 0)
        {
            w.Write(' ');
            WriteBlock(w, items, writeItem);
        }
    }

    private static void WriteKeywordAndName(PrintWriter w, string keyword, NameNode name)
    {
        w.Write(keyword);
        WriteName(w, name);
    }

    private static void WriteNamedType(PrintWriter w, NamedTypeNode type) => WriteName(w, type.Name);
}
