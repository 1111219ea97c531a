using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>How <see cref="SchemaBuilder"/> builds a schema and binds runtime behaviour to SDL types.</summary>
public sealed class SchemaBuildOptions
{
    private readonly Dictionary<string, Dictionary<string, FieldResolver>> _resolvers = new(StringComparer.Ordinal);

    /// <summary>
    /// Skip the builder's own consistency checks (references to undefined types, extensions of undefined types).
    /// The builder never runs the SDL validation rules; run those first when the SDL is untrusted.
    /// </summary>
    public bool AssumeValidSdl { get; set; }

    /// <summary>Type resolvers for interfaces and unions, by type name.</summary>
    public IDictionary<string, TypeResolver> TypeResolvers { get; } = new Dictionary<string, TypeResolver>(StringComparer.Ordinal);

    /// <summary><c>IsTypeOf</c> checks for object types, by type name.</summary>
    public IDictionary<string, IsTypeOfCheck> IsTypeOfChecks { get; } = new Dictionary<string, IsTypeOfCheck>(StringComparer.Ordinal);

    /// <summary>
    /// Scalar implementations used for <c>scalar X</c> definitions, by name; SDL scalars without one pass values
    /// through unchanged. Give a fresh instance per schema: the builder sets its description and AST.
    /// </summary>
    public IDictionary<string, ScalarType> Scalars { get; } = new Dictionary<string, ScalarType>(StringComparer.Ordinal);

    /// <summary>Runtime values of enum values, by enum name then value name; unbound values use their name.</summary>
    public IDictionary<string, IReadOnlyDictionary<string, object>> EnumValues { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.Ordinal);

    /// <summary>Binds <paramref name="resolver"/> to field <paramref name="fieldName"/> of type <paramref name="typeName"/>.</summary>
    public SchemaBuildOptions AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        if (!_resolvers.TryGetValue(typeName, out var fields))
        {
            _resolvers[typeName] = fields = new Dictionary<string, FieldResolver>(StringComparer.Ordinal);
        }

        fields[fieldName] = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>The resolver bound to <c>typeName.fieldName</c>, or <see langword="null"/>.</summary>
    public FieldResolver? GetResolver(string typeName, string fieldName) =>
        _resolvers.TryGetValue(typeName, out var fields) && fields.TryGetValue(fieldName, out var resolver) ? resolver : null;
}
