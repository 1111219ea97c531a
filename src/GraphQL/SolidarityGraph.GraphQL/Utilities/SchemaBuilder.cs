using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (graphql-js <c>buildASTSchema</c> / <c>buildSchema</c>): type definitions,
/// type and schema extensions merged into their definitions, directive definitions, and implicit root types named
/// <c>Query</c>, <c>Mutation</c> and <c>Subscription</c> when there is no schema definition. Executable definitions
/// are ignored. The result is not validated; see <see cref="SchemaValidator"/>.
/// </summary>
public static partial class SchemaBuilder
{
    /// <summary>Parses and builds <paramref name="sdl"/>.</summary>
    /// <exception cref="Errors.GraphQLSyntaxException">The SDL is not syntactically valid.</exception>
    /// <exception cref="InvalidOperationException">The SDL references an undefined type (unless <see cref="SchemaBuildOptions.AssumeValidSdl"/>).</exception>
    public static Schema Build(string sdl, SchemaBuildOptions? options = null) =>
        Build(Parser.Parse(sdl ?? throw new ArgumentNullException(nameof(sdl))), options);

    /// <summary>Builds the type system definitions and extensions of <paramref name="document"/>.</summary>
    /// <exception cref="InvalidOperationException">The SDL references an undefined type (unless <see cref="SchemaBuildOptions.AssumeValidSdl"/>).</exception>
    public static Schema Build(DocumentNode document, SchemaBuildOptions? options = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var state = new BuildState(document, options ?? new SchemaBuildOptions());
        state.BuildTypes();
        var config = state.BuildConfig();
        return new Schema(config);
    }

    /// <summary>The definitions of one document, grouped as graphql-js's <c>extendSchemaImpl</c> groups them.</summary>
    private sealed partial class BuildState
    {
        private readonly SchemaBuildOptions _options;
        private readonly List<TypeDefinitionNode> _typeDefinitions = new();
        private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DirectiveExtensionNode>> _directiveExtensions = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinitionNode> _directiveDefinitions = new();
        private readonly List<SchemaExtensionNode> _schemaExtensions = new();
        private readonly Dictionary<string, INamedType> _standardTypes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, INamedType> _typeMap = new(StringComparer.Ordinal);
        private SchemaDefinitionNode? _schemaDefinition;

        public BuildState(DocumentNode document, SchemaBuildOptions options)
        {
            _options = options;
            foreach (var type in SpecifiedScalars.All.Cast<INamedType>().Concat(Schema.BuiltInIntrospectionTypes()))
            {
                _standardTypes[type.Name] = type;
            }

            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schema:
                        _schemaDefinition = schema;
                        break;
                    case SchemaExtensionNode extension:
                        _schemaExtensions.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        _directiveDefinitions.Add(directive);
                        break;
                    case DirectiveExtensionNode directiveExtension:
                        Add(_directiveExtensions, directiveExtension.Name.Value, directiveExtension);
                        break;
                    case TypeDefinitionNode type:
                        _typeDefinitions.Add(type);
                        break;
                    case TypeExtensionNode typeExtension:
                        Add(_typeExtensions, typeExtension.Name.Value, typeExtension);
                        break;
                }
            }
        }

        public SchemaConfig BuildConfig()
        {
            var roots = new Dictionary<OperationType, INamedType>();
            foreach (var operationType in (_schemaDefinition?.OperationTypes ?? Array.Empty<OperationTypeDefinitionNode>())
                .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)))
            {
                roots[operationType.Operation] = GetNamedType(operationType.Type.Name.Value);
            }

            var types = _typeMap.Values.ToList();
            if (_schemaDefinition is null)
            {
                foreach (var type in types)
                {
                    switch (type.Name)
                    {
                        case "Query": roots[OperationType.Query] = type; break;
                        case "Mutation": roots[OperationType.Mutation] = type; break;
                        case "Subscription": roots[OperationType.Subscription] = type; break;
                    }
                }
            }

            var directives = _directiveDefinitions.Select(BuildDirective).ToList();
            directives.AddRange(SpecifiedDirectives.All.Where(s => directives.TrueForAll(d => d.Name != s.Name)));
            var nonObjectRoots = roots.Where(r => r.Value is not ObjectType).ToDictionary(r => r.Key, r => r.Value);
            return new SchemaConfig
            {
                Description = _schemaDefinition?.Description?.Value,
                Query = Root(roots, OperationType.Query),
                Mutation = Root(roots, OperationType.Mutation),
                Subscription = Root(roots, OperationType.Subscription),
                Types = types,
                Directives = directives,
                AppliedDirectives = (_schemaDefinition?.Directives ?? Array.Empty<DirectiveNode>())
                    .Concat(_schemaExtensions.SelectMany(e => e.Directives)).ToList(),
                AstNode = _schemaDefinition,
                ExtensionAstNodes = _schemaExtensions,
                NonObjectRootTypes = nonObjectRoots.Count == 0 ? null : nonObjectRoots,
            };
        }

        private static ObjectType? Root(Dictionary<OperationType, INamedType> roots, OperationType operation) =>
            roots.TryGetValue(operation, out var type) ? type as ObjectType : null;

        private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<T>();
            }

            list.Add(item);
        }

        private IReadOnlyList<T> ExtensionsOf<T>(string name)
            where T : TypeExtensionNode =>
            _typeExtensions.TryGetValue(name, out var list) ? list.OfType<T>().ToList() : Array.Empty<T>();

        /// <summary>The type a reference names: a type of the document, else a standard type.</summary>
        private INamedType GetNamedType(string name)
        {
            if (_typeMap.TryGetValue(name, out var type) || _standardTypes.TryGetValue(name, out type))
            {
                return type;
            }

            // graphql-js fails the same way (an invariant) when SDL validation was skipped.
            throw new InvalidOperationException($"Unknown type: \"{name}\".");
        }

        private IType GetType(TypeNode node) => node switch
        {
            ListTypeNode list => new ListType(GetType(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(GetType(nonNull.Type)),
            NamedTypeNode named => GetNamedType(named.Name.Value),
            _ => throw new ArgumentException($"Unexpected type node {node.Kind}.", nameof(node)),
        };
    }
}
