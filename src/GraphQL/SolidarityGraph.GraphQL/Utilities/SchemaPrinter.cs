using System.Text;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL, byte for byte as graphql-js 17.1.0's <c>printSchema</c>: the schema definition only when
/// it is described or a root type has a non-default name, then the directives and types in schema order, without
/// the specified scalars, specified directives and introspection types; definitions separated by a blank line.
/// </summary>
public static partial class SchemaPrinter
{
    /// <summary>Prints the schema's own definitions (no trailing newline).</summary>
    public static string Print(Schema schema) =>
        PrintFiltered(schema, d => !SpecifiedDirectives.IsSpecified(d), t => !SpecifiedScalars.IsSpecified(t) && !t.IsIntrospectionType());

    /// <summary>Prints only the specified directives and the introspection types (graphql-js <c>printIntrospectionSchema</c>).</summary>
    public static string PrintIntrospectionSchema(Schema schema) =>
        PrintFiltered(schema, SpecifiedDirectives.IsSpecified, t => t.IsIntrospectionType());

    /// <summary>Prints one named type as SDL.</summary>
    public static string PrintType(INamedType type) => PrintType(type, costDirectives: false);

    /// <summary>Prints one type; with <paramref name="costDirectives"/>, its fields' applied <c>@cost</c>/<c>@listSize</c> too.</summary>
    /// <param name="type">The type.</param>
    /// <param name="costDirectives">Whether to print applied <c>@cost</c>/<c>@listSize</c> (schemas declaring <see cref="CostDirectives"/>).</param>
    public static string PrintType(INamedType type, bool costDirectives) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + ImplementedInterfaces(obj) + Fields(obj, costDirectives),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + ImplementedInterfaces(iface) + Fields(iface, costDirectives),
        UnionType union => Description(union.Description) + "union " + union.Name
            + ((union.DeclaredReferences ?? union.Types) is { Count: > 0 } members ? " = " + string.Join(" | ", members.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select(
            (v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason)).ToList()),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f, costDirectives)).ToList()),
        _ => throw new ArgumentException($"Unexpected type {type.Name}.", nameof(type)),
    };

    /// <summary>Prints one directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "")
        + Deprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<INamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        // Applied cost directives are printed only for schemas that declare SolidarityGraph's own (IBM) definitions; a
        // schema with a @cost of its own prints as graphql-js does, without applied directives.
        var costDirectives = ReferenceEquals(schema.GetDirective(CostDirectives.CostName), CostDirectives.Cost);
        parts.AddRange(schema.Types.Where(typeFilter).Select(t => PrintType(t, costDirectives)));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static string? SchemaDefinition(Schema schema)
    {
        var query = Root(schema, OperationType.Query);
        var mutation = Root(schema, OperationType.Mutation);
        var subscription = Root(schema, OperationType.Subscription);
        if (query is null && mutation is null && subscription is null)
        {
            return null;
        }

        var defaultNames = ReferenceEquals(query, schema.GetType("Query"))
            && ReferenceEquals(mutation, schema.GetType("Mutation"))
            && ReferenceEquals(subscription, schema.GetType("Subscription"));
        if (schema.Description is null && defaultNames)
        {
            return null;
        }

        var text = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        if (query is not null)
        {
            text.Append("  query: ").Append(query.Name).Append('\n');
        }

        if (mutation is not null)
        {
            text.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (subscription is not null)
        {
            text.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return text.Append('}').ToString();
    }

    /// <summary>The root type, including one of the wrong kind kept for validation (graphql-js prints those too).</summary>
    private static INamedType? Root(Schema schema, OperationType operation) =>
        (INamedType?)schema.GetRootType(operation)
        ?? (schema.NonObjectRootTypes is { } invalid && invalid.TryGetValue(operation, out var type) ? type : null);

    private static string ImplementedInterfaces(IComplexOutputType type) =>
        ((type as NamedTypeBase)?.DeclaredReferences ?? type.Interfaces) is { Count: > 0 } interfaces
            ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name))
            : "";

    private static string Fields(IComplexOutputType type, bool costDirectives) => Block(type.Fields.Select(
        (f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ", costDirectives) + ": " + f.Type
            + Deprecated(f.DeprecationReason) + (costDirectives ? AppliedCostDirectives(f.Directives) : "")).ToList());

    private static string Block(IReadOnlyList<string> items) =>
        items.Count > 0 ? " {\n" + string.Join("\n", items) + "\n}" : "";

    /// <summary>Arguments on one line when none is described, otherwise one per line.</summary>
    private static string Arguments(IReadOnlyList<Argument> arguments, string indentation, bool costDirectives = false)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(a => InputValue(a, costDirectives))) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select(
                (a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a, costDirectives)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value, bool costDirectives)
    {
        var text = value.Name + ": " + value.Type;
        if (value.HasDefaultValue)
        {
            var literal = value.DefaultValueLiteral
                ?? throw new InvalidOperationException($"Invalid default value for {value.Name}.");
            text += " = " + Printer.Print(literal);
        }

        return text + Deprecated(value.DeprecationReason) + (costDirectives ? AppliedCostDirectives(value.Directives) : "");
    }

    /// <summary>
    /// The applied <c>@cost</c> and <c>@listSize</c> directives: clients read them in the printed schema to know what
    /// a document costs (IBM Cost Directive specification). Other applied directives are not printed, as in graphql-js.
    /// </summary>
    private static string AppliedCostDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        var text = "";
        foreach (var directive in directives)
        {
            if (CostDirectives.IsCostDirective(directive.Name.Value))
            {
                text += " " + Printer.Print(directive);
            }
        }

        return text;
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValueNode(reason)) + ")",
    };

    private static string SpecifiedBy(ScalarType scalar) => scalar.SpecifiedByUrl is null
        ? ""
        : " @specifiedBy(url: " + Printer.Print(new StringValueNode(scalar.SpecifiedByUrl)) + ")";

    /// <summary>A description as a block string when possible, indented, followed by a line break.</summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var printed = Printer.Print(new StringValueNode(description, IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation) + "\n";
    }
}
