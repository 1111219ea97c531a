using System.Linq.Expressions;
using System.Reflection;

namespace SolidarityGraph.GraphQL.CodeFirst.Resolvers;

/// <summary>
/// Creates instances of an input object's CLR type from coerced input values (dictionaries keyed by field name):
/// a compiled constructor call, then compiled setters for the fields that were given. Fields that were not given
/// are left alone, so a property initialiser or a constructor parameter's default stays in place.
/// </summary>
internal sealed class InputObjectFactory
{
    private Func<object?[], object> _construct = static _ => throw new InvalidOperationException("The input object factory is not initialized.");
    private (string Field, Func<object?, object?> Convert, object? Default, bool HasDefault)[] _parameters = [];
    private (string Field, Func<object?, object?> Convert, Action<object, object?> Set)[] _setters = [];

    /// <summary>The constructor used for <paramref name="type"/>: the parameterless one, else the one with most parameters.</summary>
    public static ConstructorInfo? ChooseConstructor(Type type) =>
        type.GetConstructor(Type.EmptyTypes)
        ?? type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();

    /// <summary>
    /// Compiles the factory; until then it exists only so converters of other input objects can refer to it. <paramref name="fields"/> pairs GraphQL field names with properties; a constructor
    /// parameter binds to the field whose property has its name (ignoring case).
    /// </summary>
    public void Initialize(Type type, ConstructorInfo constructor, IReadOnlyList<(string Field, PropertyInfo Property)> fields, ValueConverters converters)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = constructor.GetParameters();
        var bound = new HashSet<PropertyInfo>();
        var parameterBindings = new (string, Func<object?, object?>, object?, bool)[parameters.Length];
        var argumentExpressions = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var field = fields.FirstOrDefault(f => string.Equals(f.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (field.Property is not null)
            {
                bound.Add(field.Property);
            }

            parameterBindings[i] = (field.Field ?? "", converters.For(parameter.ParameterType), parameter.HasDefaultValue ? parameter.DefaultValue : null, parameter.HasDefaultValue);
            argumentExpressions[i] = Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), parameter.ParameterType);
        }

        _construct = Expression.Lambda<Func<object?[], object>>(
            Expression.Convert(Expression.New(constructor, argumentExpressions), typeof(object)), arguments).Compile();
        _parameters = parameterBindings;
        _setters = fields
            .Where(f => !bound.Contains(f.Property) && f.Property.SetMethod is { IsPublic: true })
            .Select(f => (f.Field, converters.For(f.Property.PropertyType), CompileSetter(type, f.Property)))
            .ToArray();
    }

    /// <summary>Creates the instance for a coerced input object value.</summary>
    public object? Create(object? value)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return value;
        }

        var arguments = new object?[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            var (field, convert, defaultValue, hasDefault) = _parameters[i];
            arguments[i] = map.TryGetValue(field, out var given) ? convert(given) : hasDefault ? defaultValue : convert(null);
        }

        var instance = _construct(arguments);
        foreach (var (field, convert, set) in _setters)
        {
            if (map.TryGetValue(field, out var given))
            {
                set(instance, convert(given));
            }
        }

        return instance;
    }

    // Init-only setters are ordinary methods to expression trees, so records with { get; init; } work too.
    private static Action<object, object?> CompileSetter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, type), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }
}
