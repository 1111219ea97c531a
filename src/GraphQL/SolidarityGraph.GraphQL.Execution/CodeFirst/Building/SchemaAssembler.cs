using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst.Resolvers;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>
/// Turns the builder's definitions into a validated <see cref="Schema"/>: run every <c>Configure</c>, create the core
/// types (so every name is known), then complete enums, input objects, fields, unions and interfaces, collecting
/// every problem before failing with a <see cref="SchemaBuildException"/>.
/// </summary>
internal sealed partial class SchemaAssembler
{
    private readonly BuilderState _state;
    private readonly TypeRegistry _registry = new();
    private readonly TypeResolution _resolution;
    private readonly ValueConverters _converters = new();
    private readonly NullabilityInfoContext _nullability = new();
    private readonly List<string> _errors = new();
    private readonly List<(TypeConfig Config, INamedType Type)> _built = new();
    private readonly Dictionary<string, TypeConfig> _configsByName = new(StringComparer.Ordinal);
    private ObjectType? _query;
    private ObjectType? _mutation;
    private ComplexTypeConfig? _queryConfig;
    private ComplexTypeConfig? _mutationConfig;

    public SchemaAssembler(BuilderState state)
    {
        _state = state;
        _resolution = new TypeResolution(_registry);
        _registry.CreateImplicitEnum = CreateImplicitEnum;
    }

    public Schema Build()
    {
        RegisterScalars();
        var configs = CreateConfigs();
        foreach (var config in configs.Where(c => c is not ComplexTypeConfig { IsExtension: true }))
        {
            CreateType(config);
        }

        foreach (var (config, type) in _built.ToList())
        {
            if (config is EnumTypeConfig enumConfig)
            {
                CompleteEnum(enumConfig, (EnumType)type);
            }
        }

        CompleteInputObjects();
        foreach (var (config, type) in _built.ToList())
        {
            if (config is ComplexTypeConfig complex)
            {
                CompleteComplexType(complex, type);
            }
        }

        foreach (var config in configs.OfType<ComplexTypeConfig>().Where(c => c.IsExtension))
        {
            CompleteExtension(config);
        }

        foreach (var (config, type) in _built.ToList())
        {
            if (config is UnionTypeConfig union)
            {
                CompleteUnion(union, (UnionType)type);
            }
        }

        ThrowIfErrors();
        var schema = new Schema(new SchemaConfig
        {
            Query = _query,
            Mutation = _mutation,
            Types = _registry.Types,
            Directives = CostDirectives.IsUsedBy(_registry.Types) ? SpecifiedDirectives.All.Concat(CostDirectives.All).ToList() : null,
        });
        _errors.AddRange(schema.ValidationErrors.Select(e => e.Message));
        ThrowIfErrors();
        return schema;
    }

    private void RegisterScalars()
    {
        foreach (var scalar in SpecifiedScalars.All)
        {
            _registry.TryAdd(scalar, null, listed: false);
        }

        Bind(SpecifiedScalars.String, typeof(string), typeof(char));
        Bind(SpecifiedScalars.Int, typeof(int), typeof(short), typeof(byte), typeof(sbyte), typeof(ushort));
        Bind(SpecifiedScalars.Float, typeof(double), typeof(float));
        Bind(SpecifiedScalars.Boolean, typeof(bool));

        // Fresh instances per schema: a schema owns its types.
        Bind(ExtendedScalars.Long(), typeof(long), typeof(uint));
        Bind(ExtendedScalars.Decimal(), typeof(decimal));
        Bind(ExtendedScalars.DateTime(), typeof(DateTime), typeof(DateTimeOffset));
        Bind(ExtendedScalars.Date(), typeof(DateOnly));
        Bind(ExtendedScalars.Uuid(), typeof(Guid));
        Bind(ExtendedScalars.Url(), typeof(Uri));

        foreach (var type in _state.NamedTypes)
        {
            if (!_registry.TryAdd(type, type.GetType()) && !ReplaceKnownScalar(type))
            {
                _errors.Add($"The type name \"{type.Name}\" is used twice (the added type {type.GetType().Name}).");
            }

            if (type is ScalarType { RuntimeType: { } runtime } scalar)
            {
                _registry.BindScalar(runtime, scalar);
            }
        }

        foreach (var (clrType, scalar) in _state.ScalarBindings)
        {
            _registry.TryAdd(scalar, scalar.GetType());
            _registry.BindScalar(clrType, scalar);
        }
    }

    private void Bind(ScalarType scalar, params Type[] clrTypes)
    {
        _registry.TryAdd(scalar, scalar.GetType(), listed: false);
        foreach (var clrType in clrTypes)
        {
            _registry.BindScalar(clrType, scalar);
        }
    }

    // An added scalar may take the name of a known one (e.g. a stricter DateTime); it then replaces it.
    private bool ReplaceKnownScalar(INamedType type) =>
        type is ScalarType && _registry.GetByName(type.Name) is ScalarType known && !_registry.Types.Contains(known)
        && _registry.Replace(known, type);

    private void CreateType(TypeConfig config)
    {
        INamedType type;
        try
        {
            type = config switch
            {
                ComplexTypeConfig { IsInterface: true } => new InterfaceType(config.Name),
                ComplexTypeConfig => new ObjectType(config.Name),
                EnumTypeConfig => new EnumType(config.Name),
                InputTypeConfig => new InputObjectType(config.Name),
                _ => new UnionType(config.Name),
            };
        }
        catch (ArgumentException)
        {
            _errors.Add($"\"{config.Name}\" is not a valid GraphQL type name ({config.SourceName}).");
            return;
        }

        foreach (var (key, value) in config.ContextData)
        {
            type.ContextData[key] = value;
        }

        ((NamedTypeBase)type).Description = config.Description ?? Descriptions.Of(config.RuntimeType);
        // A definition may take the name of a known scalar the schema does not use (a domain type called "Date").
        if (!_registry.TryAdd(type, config.Source) && !(_registry.TryEvictUnlisted(config.Name) && _registry.TryAdd(type, config.Source)))
        {
            var other = _configsByName.TryGetValue(config.Name, out var first) ? first.SourceName : "a scalar";
            _errors.Add($"The type name \"{config.Name}\" is used by both {other} and {config.SourceName}.");
            return;
        }

        _configsByName[config.Name] = config;
        _built.Add((config, type));
        var runtime = config.RuntimeType;
        var isRoot = config is ComplexTypeConfig { IsRoot: true };
        if (runtime != typeof(object) && !isRoot)
        {
            _registry.Bind(runtime, type, output: config is not InputTypeConfig, input: config is InputTypeConfig or EnumTypeConfig);
        }

        if (type is ObjectType objectType)
        {
            // A custom IsTypeOf decides alone: the executor tries bound runtime types before IsTypeOf checks.
            objectType.RuntimeType = runtime == typeof(object) || isRoot || ((ComplexTypeConfig)config).IsTypeOf is not null ? null : runtime;
            objectType.IsTypeOf = ((ComplexTypeConfig)config).IsTypeOf;
            if (ReferenceEquals(config, _queryConfig))
            {
                _query = objectType;
            }
            else if (ReferenceEquals(config, _mutationConfig))
            {
                _mutation = objectType;
            }
        }
    }

    private EnumType CreateImplicitEnum(Type enumType)
    {
        var config = Descriptors.EnumConfigs.Create(enumType, enumType);
        CreateType(config);
        var type = (EnumType?)_built.Find(b => ReferenceEquals(b.Config, config)).Type ?? new EnumType(config.Name);
        CompleteEnum(config, type);
        return type;
    }

    private void CompleteEnum(EnumTypeConfig config, EnumType type)
    {
        type.RuntimeType = config.RuntimeType;
        foreach (var value in config.Values.Where(v => !v.Ignored))
        {
            type.AddValue(new EnumValue(value.Name, value.Value) { Description = value.Description, DeprecationReason = value.DeprecationReason });
        }
    }

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new SchemaBuildException(_errors.ToList());
        }
    }
}
