using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.GraphQL.Types.Scalars;

namespace SolidarityGraph.GraphQL.Introspection;

/// <summary>
/// Builds the introspection types once. The object types refer to each other (<c>__Schema.types: [__Type!]!</c>,
/// <c>__Type.fields: [__Field!]</c> …), so all are created first and their fields added afterwards.
/// </summary>
internal sealed partial class IntrospectionModel
{
    private IntrospectionModel()
    {
    }

    public ObjectType Schema { get; } = new("__Schema");

    public ObjectType Type { get; } = new("__Type");

    public EnumType TypeKind { get; } = new("__TypeKind");

    public ObjectType Field { get; } = new("__Field");

    public ObjectType InputValue { get; } = new("__InputValue");

    public ObjectType EnumValue { get; } = new("__EnumValue");

    public ObjectType Directive { get; } = new("__Directive");

    public EnumType DirectiveLocation { get; } = new("__DirectiveLocation");

    public IReadOnlyList<INamedType> All { get; private set; } = Array.Empty<INamedType>();

    public OutputField SchemaField { get; private set; } = null!;

    public OutputField TypeField { get; private set; } = null!;

    public OutputField TypeNameField { get; private set; } = null!;

    private static ScalarType String => SpecifiedScalars.String;

    private static ScalarType Boolean => SpecifiedScalars.Boolean;

    public static IntrospectionModel Build()
    {
        var model = new IntrospectionModel();
        model.DefineSchema();
        model.DefineDirective();
        model.DefineDirectiveLocation();
        model.DefineType();
        model.DefineField();
        model.DefineInputValue();
        model.DefineEnumValue();
        model.DefineTypeKind();
        model.DefineMetaFields();
        model.All = new INamedType[]
        {
            model.Schema, model.Directive, model.DirectiveLocation, model.Type, model.Field, model.InputValue,
            model.EnumValue, model.TypeKind,
        };
        return model;
    }

    private static NonNullType NonNull(IType type) => new(type);

    private static ListType ListOf(IType type) => new(type);

    /// <summary><c>[T!]!</c>, the shape of every introspection list that is always present.</summary>
    private static NonNullType NonNullListOf(IType type) => NonNull(ListOf(NonNull(type)));

    private static OutputField Define<TParent>(string name, IType type, Func<TParent, object?> read, string? description = null) =>
        new(name, type, context => Done(read((TParent)context.Parent!))) { Description = description };

    private static OutputField Define<TParent>(string name, IType type, Func<TParent, IResolverContext, object?> read, string? description = null) =>
        new(name, type, context => Done(read((TParent)context.Parent!, context))) { Description = description };

    /// <summary>An <c>includeDeprecated: Boolean! = false</c> argument (graphql-js 17.1.0 and the September 2025 spec).</summary>
    private static Argument IncludeDeprecatedArgument()
    {
        var argument = new Argument("includeDeprecated", NonNull(Boolean));
        argument.SetDefaultValue(false);
        return argument;
    }

    private static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    /// <summary>
    /// The members a deprecation-aware list field returns: all of them, or the non-deprecated ones. The schema's own
    /// list when nothing is left out (most members are not deprecated), since the executor only reads it.
    /// </summary>
    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, Func<T, string?> deprecationReason, IResolverContext context)
    {
        if (IncludeDeprecated(context))
        {
            return items;
        }

        List<T>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (deprecationReason(items[i]) is not null)
            {
                kept ??= new List<T>(items.Take(i));
            }
            else
            {
                kept?.Add(items[i]);
            }
        }

        return kept ?? items;
    }

    /// <summary>
    /// The resolvers' booleans and kinds, boxed once: an introspection query reads them for every type, field and
    /// argument (the execution benchmarks measure the difference).
    /// </summary>
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;
    private static readonly object[] BoxedKinds = Enumerable.Range(0, (int)Types.TypeKind.NonNull + 1).Select(kind => (object)(Types.TypeKind)kind).ToArray();

    private static object Box(bool value) => value ? BoxedTrue : BoxedFalse;

    private static object Box(Types.TypeKind kind) => BoxedKinds[(int)kind];

#if NET
    private static ValueTask<object?> Done(object? value) => new(value);
#else
    private static Task<object?> Done(object? value) => Task.FromResult(value);
#endif
}
