using SolidarityGraph.GraphQL.CodeFirst.Building;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// Builds a <see cref="Schema"/> from code-first definitions. Everything reflective (reading members and
/// annotations, compiling accessors and resolver calls) happens in <see cref="Build"/>; executing the schema does no
/// reflection.
/// </summary>
/// <example><code>
/// var schema = new CodeFirstSchemaBuilder()
///     .AddQueryType&lt;Query&gt;()            // a class with methods, or an ObjectType&lt;T&gt; definition
///     .AddType&lt;ProjectType&gt;()
///     .AddTypeExtension(typeof(ProjectQueries))  // [QueryType] static class: more Query fields
///     .Build();
/// </code></example>
public sealed class CodeFirstSchemaBuilder
{
    private readonly BuilderState _state = new();

    /// <summary>
    /// Sets the query root: an <see cref="ObjectType{T}"/> definition, or a plain class whose public methods and
    /// properties become fields. Named <c>Query</c> unless the definition names it.
    /// </summary>
    public CodeFirstSchemaBuilder AddQueryType<TQuery>()
        where TQuery : class => SetRoot(ref _state.Query, typeof(TQuery));

    /// <summary>Sets the query root from an inline configuration.</summary>
    public CodeFirstSchemaBuilder AddQueryType(Action<IObjectTypeDescriptor<object>> configure) =>
        SetRoot(ref _state.Query, new InlineObjectType(configure));

    /// <summary>Sets the mutation root; see <see cref="AddQueryType{TQuery}"/>.</summary>
    public CodeFirstSchemaBuilder AddMutationType<TMutation>()
        where TMutation : class => SetRoot(ref _state.Mutation, typeof(TMutation));

    /// <summary>Sets the mutation root from an inline configuration.</summary>
    public CodeFirstSchemaBuilder AddMutationType(Action<IObjectTypeDescriptor<object>> configure) =>
        SetRoot(ref _state.Mutation, new InlineObjectType(configure));

    /// <summary>Adds a type definition (<see cref="ObjectType{T}"/>, <see cref="InterfaceType{T}"/>, <see cref="UnionType{T}"/>, <see cref="EnumType{TEnum}"/>, <see cref="InputObjectType{T}"/>).</summary>
    public CodeFirstSchemaBuilder AddType<TDefinition>()
        where TDefinition : class => AddType(typeof(TDefinition));

    /// <summary>Adds a type definition by its <see cref="Type"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="definition"/> is not a type definition.</exception>
    public CodeFirstSchemaBuilder AddType(Type definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!typeof(ITypeDefinition).IsAssignableFrom(definition) || definition.IsAbstract)
        {
            throw new ArgumentException(
                $"{definition.Name} is not a concrete type definition; derive it from ObjectType<T>, InterfaceType<T>, UnionType<T>, EnumType<TEnum> or InputObjectType<T>.",
                nameof(definition));
        }

        _state.Definitions.Add(definition);
        return this;
    }

    /// <summary>Adds a ready-made named type, e.g. a custom <see cref="ScalarType"/>; scalars with a <see cref="ScalarType.RuntimeType"/> are also bound to it.</summary>
    public CodeFirstSchemaBuilder AddType(INamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _state.NamedTypes.Add(type);
        return this;
    }

    /// <summary>Maps the CLR type <typeparamref name="TRuntime"/> to <paramref name="scalar"/> wherever it is inferred.</summary>
    public CodeFirstSchemaBuilder BindRuntimeType<TRuntime>(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _state.ScalarBindings[typeof(TRuntime)] = scalar;
        return this;
    }

    /// <summary>
    /// Adds the public methods of a class marked <see cref="ExtendObjectTypeAttribute"/> (<see cref="QueryTypeAttribute"/>,
    /// <see cref="MutationTypeAttribute"/>) as fields of that type; static classes work too. A <c>Query</c> or
    /// <c>Mutation</c> root is created when none was set.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="extension"/> has no <see cref="ExtendObjectTypeAttribute"/>.</exception>
    public CodeFirstSchemaBuilder AddTypeExtension(Type extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (!extension.IsDefined(typeof(ExtendObjectTypeAttribute), inherit: false))
        {
            throw new ArgumentException($"{extension.Name} has no [QueryType], [MutationType] or [ExtendObjectType] attribute.", nameof(extension));
        }

        _state.Extensions.Add(extension);
        return this;
    }

    /// <summary>
    /// Adds a step that completes the schema inside <see cref="Build"/> (the hook libraries use: <c>UseData()</c>,
    /// <c>UseMutationConventions(...)</c>, <c>UseAuthorization()</c>). Steps run by <paramref name="stage"/>, then in the
    /// order they were added; adding the same step twice runs it once.
    /// </summary>
    public CodeFirstSchemaBuilder AddSchemaCompletion(SchemaCompletionStage stage, Func<Schema, Schema> complete)
    {
        ArgumentNullException.ThrowIfNull(complete);
        if (!_state.Completions.Exists(step => step.Stage == stage && step.Complete == complete))
        {
            _state.Completions.Add(new SchemaCompletionStep(stage, complete));
        }

        return this;
    }

    /// <summary>Builds and validates the schema, then runs the completion steps (<see cref="AddSchemaCompletion"/>).</summary>
    /// <exception cref="SchemaBuildException">A definition cannot be mapped, the assembled schema is invalid, or a completion step failed.</exception>
    public Schema Build()
    {
        var schema = new SchemaAssembler(_state).Build();
        foreach (var step in _state.Completions.OrderBy(step => step.Stage))
        {
            schema = step.Complete(schema);
        }

        return schema;
    }

    private CodeFirstSchemaBuilder SetRoot(ref object? slot, object root)
    {
        if (slot is not null)
        {
            throw new InvalidOperationException("The root type was already set.");
        }

        slot = root;
        return this;
    }
}

/// <summary>What the builder collected; read by <see cref="SchemaAssembler"/>.</summary>
internal sealed class BuilderState
{
    /// <summary>A definition or plain class <see cref="Type"/>, or an <see cref="InlineObjectType"/>.</summary>
    public object? Query;

    /// <summary>See <see cref="Query"/>.</summary>
    public object? Mutation;

    public List<Type> Definitions { get; } = new();

    public List<INamedType> NamedTypes { get; } = new();

    public List<Type> Extensions { get; } = new();

    public Dictionary<Type, ScalarType> ScalarBindings { get; } = new();

    public List<SchemaCompletionStep> Completions { get; } = new();
}

/// <summary>A root type configured by a delegate instead of a class.</summary>
internal sealed class InlineObjectType(Action<IObjectTypeDescriptor<object>> configure) : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> descriptor) => configure(descriptor);
}
