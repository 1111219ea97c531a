using System.Collections;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Input coercion of runtime values (spec §3.10 Input Coercion, §3.11, §3.12, used by §6.1.2 CoerceVariableValues):
/// variable values decoded from JSON become the argument shapes resolvers see — <see cref="Dictionary{TKey,TValue}"/>
/// for input objects (fields in definition order, defaults filled in), <see cref="List{T}"/> for lists, and what
/// the scalars' and enums' <c>ParseValue</c> return. Every problem is reported, like graphql-js's
/// <c>validateInputValue</c>, and a value is produced only when there was none.
/// </summary>
internal sealed class InputValueCoercion
{
    /// <summary>Marks an absent value (JavaScript's <c>undefined</c>), as opposed to an explicit <c>null</c>.</summary>
    public static readonly object Missing = new();

    private readonly Action<string, InputPath?> _onError;
    private readonly bool _hideSuggestions;
    private bool _failed;

    private InputValueCoercion(Action<string, InputPath?> onError, bool hideSuggestions)
    {
        _onError = onError;
        _hideSuggestions = hideSuggestions;
    }

    /// <summary>Coerces <paramref name="value"/> to <paramref name="type"/>; returns false after reporting every problem.</summary>
    public static bool TryCoerce(object? value, IType type, Action<string, InputPath?> onError, bool hideSuggestions, out object? coerced)
    {
        var coercion = new InputValueCoercion(onError, hideSuggestions);
        coerced = coercion.Coerce(value, type, null);
        return !coercion._failed;
    }

    private object? Coerce(object? value, IType type, InputPath? path)
    {
        if (type is NonNullType nonNull)
        {
            if (value == Missing)
            {
                return Fail($"Expected a value of non-null type \"{type}\" to be provided.", path);
            }

            if (value is null)
            {
                return Fail($"Expected value of non-null type \"{type}\" not to be null.", path);
            }

            return Coerce(value, nonNull.OfType, path);
        }

        if (value is null || value == Missing)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(value, list, path);
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path);
            case ScalarType scalar:
                return CoerceLeaf(() => scalar.ParseValue(value), path);
            case EnumType enumType:
                return CoerceLeaf(() => enumType.ParseValue(value), path);
            default:
                return Fail($"Expected an input type, found \"{type}\".", path);
        }
    }

    private object? CoerceList(object value, ListType list, InputPath? path)
    {
        if (!IsList(value))
        {
            // Spec §3.11 Input Coercion: a single value stands for a list of one.
            var item = Coerce(value, list.OfType, path);
            return new List<object?> { item };
        }

        var items = new List<object?>();
        var index = 0;
        foreach (var item in (IEnumerable)value)
        {
            items.Add(Coerce(item, list.OfType, InputPath.AddIndex(path, index++)));
        }

        return items;
    }

    private object? CoerceInputObject(object value, InputObjectType type, InputPath? path)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return Fail($"Expected value of type \"{type}\" to be an object, found: {Inspect.Value(value)}.", path);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    Fail($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspect.Value(value)}.", path);
                }
                else if (field.HasDefaultValue)
                {
                    result[field.Name] = DefaultValues.Get(field);
                }

                continue;
            }

            result[field.Name] = Coerce(fieldValue, field.Type, InputPath.AddField(path, field.Name));
        }

        var known = new List<string>();
        foreach (var key in map.Keys)
        {
            if (!type.Fields.Contains(key))
            {
                var suggestion = _hideSuggestions ? "" : Utilities.Suggestions.DidYouMean(null, Utilities.Suggestions.SuggestionList(key, type.Fields.Select(f => f.Name)));
                Fail($"Expected value of type \"{type}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspect.Value(value)}.", path);
                continue;
            }

            known.Add(key);
        }

        // Spec §3.10.1 OneOf Input Objects: exactly one field, and its value is not null.
        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                Fail(OneOfMessage(type), path);
            }
            else if (map[known[0]] is null)
            {
                Fail(OneOfMessage(type), InputPath.AddField(path, known[0]));
            }
        }

        return result;
    }

    private object? CoerceLeaf(Func<object?> parse, InputPath? path)
    {
        try
        {
            return parse();
        }
        catch (LeafCoercionException exception)
        {
            return Fail(exception.Message, path);
        }
    }

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    internal static bool IsList(object value) =>
        value is IEnumerable and not string and not IReadOnlyDictionary<string, object?> and not IDictionary;

    private object? Fail(string message, InputPath? path)
    {
        _failed = true;
        _onError(message, path);
        return null;
    }
}
