using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>The types generated while a schema is completed with data features, found by name so fields share them.</summary>
internal sealed class GeneratedTypes
{
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);

    public GeneratedTypes(Schema schema) => Schema = schema;

    public Schema Schema { get; }

    /// <summary>In creation order, for the schema's type list.</summary>
    public List<INamedType> All { get; } = new();

    /// <summary>
    /// The type named <paramref name="name"/>: generated before, taken from the schema, or created by
    /// <paramref name="create"/> and then filled by <paramref name="complete"/> (after registration, so cycles work).
    /// </summary>
    public T GetOrAdd<T>(string name, Func<T> create, Action<T>? complete = null)
        where T : class, INamedType
    {
        if (_byName.TryGetValue(name, out var known) || (known = Schema.GetType(name)) is not null)
        {
            return known as T ?? throw new InvalidOperationException(
                $"The type name \"{name}\" is needed for a generated {typeof(T).Name} but is taken by a {known.Kind} type.");
        }

        var type = create();
        _byName.Add(name, type);
        All.Add(type);
        complete?.Invoke(type);
        return type;
    }
}
