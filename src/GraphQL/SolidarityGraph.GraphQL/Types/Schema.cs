using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec §3.3): root operation types, every named type reachable from them, from the explicitly
/// listed types and from directive arguments, and the directives. Built in code with <see cref="SchemaConfig"/> or
/// from SDL with <see cref="Utilities.SchemaBuilder"/>. The schema is not validated on construction; use
/// <see cref="SchemaValidator"/>.
/// </summary>
public sealed partial class Schema
{
    private readonly Dictionary<string, INamedType> _typeMap;
    private readonly Dictionary<string, DirectiveDefinition> _directiveMap;
    private readonly Dictionary<string, Implementations> _implementations;
    private readonly Dictionary<IAbstractType, HashSet<INamedType>> _subTypes = new();
    private readonly object _subTypesLock = new();
    private IReadOnlyList<Errors.GraphQLError>? _validationErrors;

    /// <summary>Creates a schema with the given root types, the specified directives and the types they reach.</summary>
    public Schema(ObjectType? query, ObjectType? mutation = null, ObjectType? subscription = null)
        : this(new SchemaConfig { Query = query, Mutation = mutation, Subscription = subscription })
    {
    }

    /// <summary>Creates a schema from <paramref name="config"/>.</summary>
    /// <exception cref="InvalidOperationException">Two different types share a name.</exception>
    public Schema(SchemaConfig config)
    {
        if (config is null)
        {
            throw new ArgumentNullException(nameof(config));
        }

        Description = config.Description;
        QueryType = config.Query;
        MutationType = config.Mutation;
        SubscriptionType = config.Subscription;
        Directives = (config.Directives ?? SpecifiedDirectives.All).ToArray();
        AppliedDirectives = config.AppliedDirectives ?? Array.Empty<DirectiveNode>();
        AstNode = config.AstNode;
        ExtensionAstNodes = config.ExtensionAstNodes ?? Array.Empty<SchemaExtensionNode>();
        NonObjectRootTypes = config.NonObjectRootTypes;

        var types = TypeCollector.Collect(config, Directives, BuiltInIntrospectionTypes());
        Types = types;
        _typeMap = new Dictionary<string, INamedType>(types.Count, StringComparer.Ordinal);
        _implementations = new Dictionary<string, Implementations>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (_typeMap.ContainsKey(type.Name))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            _typeMap.Add(type.Name, type);
            if (type is IComplexOutputType complex)
            {
                foreach (var iface in complex.Interfaces)
                {
                    if (!_implementations.TryGetValue(iface.Name, out var implementations))
                    {
                        _implementations[iface.Name] = implementations = new Implementations();
                    }

                    if (type is ObjectType obj)
                    {
                        implementations.Objects.Add(obj);
                    }
                    else
                    {
                        implementations.Interfaces.Add((InterfaceType)type);
                    }
                }
            }
        }

        _directiveMap = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in Directives)
        {
            if (!_directiveMap.ContainsKey(directive.Name))
            {
                _directiveMap.Add(directive.Name, directive);
            }
        }
    }

    /// <summary>The schema description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The query root type, or <see langword="null"/> (an invalid schema).</summary>
    public ObjectType? QueryType { get; }

    /// <summary>The mutation root type, or <see langword="null"/>.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or <see langword="null"/>.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>
    /// Every named type, in graphql-js 17.1.0's <c>getTypeMap()</c> order: the explicitly listed types (in order, each
    /// followed by the types it first reaches), then types first reached from the root types, from directive
    /// arguments, and finally the introspection types.
    /// </summary>
    public IReadOnlyList<INamedType> Types { get; }

    /// <summary>The directives, in definition order (the specified directives included).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The directives applied to the schema definition and its extensions.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    /// <summary>The schema definition this schema was built from, or <see langword="null"/>.</summary>
    public SchemaDefinitionNode? AstNode { get; }

    /// <summary>The schema extensions merged into this schema.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    /// <summary>Free-form metadata for the engine and application layers.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Root types named in SDL that are not object types (kept only so validation can report them).</summary>
    internal IReadOnlyDictionary<OperationType, INamedType>? NonObjectRootTypes { get; }

    /// <summary>The root type for an operation type, or <see langword="null"/>.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The named type called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public INamedType? GetType(string name) => _typeMap.TryGetValue(name, out var type) ? type : null;

    /// <summary>The named type called <paramref name="name"/> when it is a <typeparamref name="T"/>, or <see langword="null"/>.</summary>
    public T? GetType<T>(string name)
        where T : class, INamedType => GetType(name) as T;

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or <see langword="null"/>.</summary>
    public DirectiveDefinition? GetDirective(string name) =>
        _directiveMap.TryGetValue(name, out var directive) ? directive : null;

    /// <summary>The object types a value of <paramref name="abstractType"/> may have: union members, or the objects implementing the interface.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => GetImplementations(iface).Objects,
        _ => Array.Empty<ObjectType>(),
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public Implementations GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var implementations) ? implementations : Implementations.None;

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a member of the union, or an object or interface type
    /// implementing the interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(IAbstractType abstractType, INamedType maybeSubType)
    {
        HashSet<INamedType>? set;
        lock (_subTypesLock)
        {
            if (!_subTypes.TryGetValue(abstractType, out set))
            {
                set = abstractType switch
                {
                    UnionType union => new HashSet<INamedType>(union.Types),
                    InterfaceType iface => new HashSet<INamedType>(
                        GetImplementations(iface).Objects.Cast<INamedType>().Concat(GetImplementations(iface).Interfaces)),
                    _ => new HashSet<INamedType>(),
                };
                _subTypes[abstractType] = set;
            }
        }

        return set.Contains(maybeSubType);
    }

    /// <summary>The errors of <see cref="SchemaValidator.Validate"/>, computed once and cached.</summary>
    public IReadOnlyList<Errors.GraphQLError> ValidationErrors =>
        _validationErrors ??= SchemaValidator.Validate(this);

    /// <summary>
    /// Supplies the introspection types (§4.2: <c>__Schema</c>, <c>__Type</c> …) appended to every type map. The
    /// Introspection namespace implements this partial method; without it the type map has no introspection types.
    /// </summary>
    static partial void GetIntrospectionTypes(ref IReadOnlyList<INamedType>? types);

    /// <summary>The introspection types supplied by <see cref="GetIntrospectionTypes"/>, <c>__Schema</c> first; empty when none.</summary>
    internal static IReadOnlyList<INamedType> BuiltInIntrospectionTypes()
    {
        IReadOnlyList<INamedType>? types = null;
        GetIntrospectionTypes(ref types);
        return types ?? Array.Empty<INamedType>();
    }
}

/// <summary>The types that implement one interface (graphql-js <c>getImplementations</c>).</summary>
public sealed class Implementations
{
    internal static readonly Implementations None = new();

    /// <summary>The object types implementing the interface, in type-map order.</summary>
    public List<ObjectType> Objects { get; } = new();

    /// <summary>The interface types implementing the interface, in type-map order.</summary>
    public List<InterfaceType> Interfaces { get; } = new();
}
