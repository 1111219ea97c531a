using SolidarityGraph.Client.Generator.Analysis;
using SolidarityGraph.Client.Generator.Diagnostics;
using SolidarityGraph.Client.Generator.Documents;
using SolidarityGraph.Client.Generator.Inputs;
using SolidarityGraph.Client.Generator.Shapes;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Client.Generator.Emit;

/// <summary>
/// Generates everything one <c>.graphql</c> document defines: <c>{Operation}.g.cs</c> per operation (result types,
/// parsers, the operation class) and <c>{Fragment}.g.cs</c> per fragment interface.
/// </summary>
internal static class DocumentGenerator
{
    public static DocumentOutput Generate(GraphQLFile file, SchemaInput input, EquatableArray<FragmentSource> fragments)
    {
        var none = new DocumentOutput(EquatableArray<GeneratedSource>.Empty, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<OperationInfo>.Empty, EquatableArray<string>.Empty);
        if (input.Schema is null || SchemaCache.Get(input.Schema.Text).Schema is not { } schema)
        {
            return none; // the schema's own diagnostic is reported once, by the client output
        }

        var (document, diagnostics) = DocumentAnalyzer.Analyze(file, schema, fragments);
        if (document is null)
        {
            return none with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var (definitions, fragmentNodes) = OperationDocuments.Prepare(document, schema);
        var localFragments = new HashSet<string>(Parser.Parse(file.Text, ParserOptions.Trusted).Definitions.OfType<FragmentDefinitionNode>().Select(f => f.Name.Value));
        var collector = new FieldCollector(schema, fragmentNodes);
        var types = new TypeMapper(input.Config);
        var fragmentShapes = new ShapeBuilder(collector, types);
        foreach (var fragment in fragmentNodes.Values)
        {
            fragmentShapes.Fragment(fragment, schema.GetType(fragment.TypeCondition.Name.Value)!);
        }

        var sources = new List<GeneratedSource>();
        foreach (var name in localFragments.OrderBy(n => n, StringComparer.Ordinal))
        {
            var writer = new CodeWriter().FileHeader(input.Config.Namespace);
            var emitter = new ResultTypeEmitter(Registry(fragmentShapes.Interfaces));
            foreach (var shape in fragmentShapes.Interfaces.Where(i => i.Name == "I" + name || i.Name.StartsWith("I" + name + "_", StringComparison.Ordinal)))
            {
                emitter.Interface(writer, shape);
            }

            sources.Add(new GeneratedSource(name + ".fragment.g.cs", writer.ToString()));
        }

        var operations = new List<OperationInfo>();
        foreach (var operation in definitions.OfType<OperationDefinitionNode>())
        {
            if (OperationDocuments.Unsupported(operation) is { } reason)
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticIds.Unsupported, file.Path, file.Text, operation.Location?.Line ?? 1, operation.Location?.Column ?? 1, reason));
                continue;
            }

            var (source, info) = Operation(operation, schema, fragmentNodes, collector, types, fragmentShapes, input.Config.Namespace);
            sources.Add(source);
            operations.Add(info);
        }

        return new DocumentOutput(sources.ToEquatableArray(), diagnostics.ToEquatableArray(), operations.ToEquatableArray(), types.UsedSchemaTypes.ToEquatableArray());
    }

    private static (GeneratedSource, OperationInfo) Operation(
        OperationDefinitionNode operation, Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        FieldCollector collector, TypeMapper types, ShapeBuilder fragmentShapes, string ns)
    {
        var name = operation.Name!.Value;
        var root = schema.GetRootType(operation.Operation)!;
        var shapes = new ShapeBuilder(collector, types);
        shapes.Operation(name, operation.SelectionSet, root);
        var document = OperationDocuments.Print(operation, fragments);
        // A variable with a default may be left out, so its parameter is nullable and omitted when null (spec §6.4.1).
        var variableTypes = operation.VariableDefinitions.Select(v => v.DefaultValue is null ? TypeOf(v.Type, schema) : TypeOf(v.Type, schema).NullableType()).ToList();
        var kind = operation.Operation == OperationType.Mutation ? "Mutation" : "Query";
        var model = new OperationModel(name, kind, document, OperationDocuments.Sha256(document), operation.VariableDefinitions, variableTypes, PagingDetector.Find(operation, root, shapes.Classes));

        var writer = new CodeWriter().FileHeader(ns);
        var results = new ResultTypeEmitter(Registry(fragmentShapes.Interfaces.Concat(shapes.Interfaces)));
        new OperationEmitter(types, new ValueWriterEmitter(types)).Operation(writer, model);
        shapes.Interfaces.ForEach(i => results.Interface(writer, i));
        shapes.Classes.ForEach(c => results.Class(writer, c));
        new ParserEmitter(types).Parsers(writer, name + "Parser", shapes.Classes, shapes.Dispatches);
        return (new GeneratedSource(name + ".g.cs", writer.ToString()), new OperationInfo(name, kind, document, model.Hash));
    }

    private static IType TypeOf(TypeNode node, Schema schema) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type, schema)),
        ListTypeNode list => new ListType(TypeOf(list.Type, schema)),
        NamedTypeNode named => schema.GetType(named.Name.Value)!,
        _ => throw new InvalidOperationException(node.Kind.ToString()),
    };

    private static Dictionary<string, InterfaceShape> Registry(IEnumerable<InterfaceShape> shapes)
    {
        var registry = new Dictionary<string, InterfaceShape>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            registry[shape.Name] = shape;
        }

        return registry;
    }
}
