using System.Globalization;
using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst.Building;

namespace SolidarityGraph.GraphQL.CodeFirst.Resolvers;

/// <summary>
/// Converters from coerced input values (what the executor hands resolvers: scalars' parse results, CLR enum
/// values, <c>List&lt;object?&gt;</c> for lists, dictionaries for input objects) to the CLR type a resolver parameter or
/// input property declares. Built once per CLR type when the schema is built; a converter does no reflection.
/// </summary>
internal sealed class ValueConverters
{
    private static readonly MethodInfo ListMethod = typeof(ValueConverters).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ArrayMethod = typeof(ValueConverters).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SetMethod = typeof(ValueConverters).GetMethod(nameof(ToSet), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<Type, Func<object?, object?>> _cache = new();
    private readonly Dictionary<Type, InputObjectFactory> _inputFactories = new();

    /// <summary>Registers how dictionaries become instances of an input object's CLR type.</summary>
    public void AddInputFactory(Type clrType, InputObjectFactory factory) => _inputFactories[clrType] = factory;

    /// <summary>The converter to <paramref name="target"/>.</summary>
    public Func<object?, object?> For(Type target)
    {
        if (!_cache.TryGetValue(target, out var converter))
        {
            // Placeholder first: an input object may contain itself (a list of child filters).
            _cache[target] = value => _cache[target](value);
            _cache[target] = converter = Build(target);
        }

        return converter;
    }

    private Func<object?, object?> Build(Type target)
    {
        if (target == typeof(object))
        {
            return static value => value;
        }

        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            var inner = For(underlying);
            return value => value is null ? null : inner(value);
        }

        var nullValue = target.IsValueType ? Activator.CreateInstance(target) : null;
        var convert = BuildNonNull(target);
        return value => value is null ? nullValue : convert(value);
    }

    private Func<object, object?> BuildNonNull(Type target)
    {
        if (_inputFactories.TryGetValue(target, out var factory))
        {
            return value => target.IsInstanceOfType(value) ? value : factory.Create(value);
        }

        if (TypeResolution.TryGetElementType(target, null, out var elementType, out _))
        {
            var element = For(elementType);
            var method = target.IsArray
                ? ArrayMethod
                : target.IsGenericType && target.GetGenericTypeDefinition() is var open && (open == typeof(HashSet<>) || open == typeof(ISet<>) || open == typeof(IReadOnlySet<>))
                    ? SetMethod
                    : ListMethod;
            var build = method.MakeGenericMethod(elementType).CreateDelegate<Func<object, Func<object?, object?>, object>>();
            return value => target.IsInstanceOfType(value) ? value : build(value, element);
        }

        if (target == typeof(DateTime))
        {
            return static value => value is DateTimeOffset offset ? offset.UtcDateTime : value;
        }

        if (target == typeof(Guid))
        {
            // ID arguments arrive as strings.
            return static value => value is string text ? Guid.Parse(text) : value;
        }

        if (target.IsPrimitive || target == typeof(decimal))
        {
            return value => value.GetType() == target ? value : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        return value => target.IsInstanceOfType(value)
            ? value
            : throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {TypeResolution.FriendlyName(target)}.");
    }

    private static object ToList<T>(object value, Func<object?, object?> element)
    {
        var list = new List<T>();
        foreach (var item in (System.Collections.IEnumerable)value)
        {
            list.Add((T)element(item)!);
        }

        return list;
    }

    private static object ToArray<T>(object value, Func<object?, object?> element) => ((List<T>)ToList<T>(value, element)).ToArray();

    private static object ToSet<T>(object value, Func<object?, object?> element) => new HashSet<T>((List<T>)ToList<T>(value, element));
}
