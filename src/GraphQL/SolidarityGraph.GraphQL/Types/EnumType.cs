using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>An enum (spec §3.9): one of a set of named values, each with an internal runtime value.</summary>
public sealed class EnumType : NamedTypeBase
{
    private Dictionary<object, EnumValue>? _byRuntimeValue;
    private int _lookupCount;

    /// <summary>Creates an enum without values; add them to <see cref="Values"/>.</summary>
    public EnumType(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public FieldCollection<EnumValue> Values { get; } = new();

    /// <summary>The CLR enum (or other type) of the runtime values, when one is bound.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Appends a value and returns this type, for fluent construction.</summary>
    public EnumType AddValue(EnumValue value)
    {
        Values.Add(value);
        return this;
    }

    /// <summary>Result coercion: the name of the value whose runtime value equals <paramref name="runtimeValue"/>.</summary>
    /// <exception cref="LeafCoercionException">No value matches.</exception>
    public string Serialize(object? runtimeValue)
    {
        if (runtimeValue is not null)
        {
            var lookup = Lookup();
            if (lookup.TryGetValue(runtimeValue, out var value))
            {
                return value.Name;
            }
        }

        throw new LeafCoercionException($"Enum \"{Name}\" cannot represent value: {JsInspect.Inspect(runtimeValue)}");
    }

    /// <summary>Input coercion of a variable value: a value name given as a string.</summary>
    /// <exception cref="LeafCoercionException">Not a string, or no value has that name.</exception>
    public object? ParseValue(object? externalValue)
    {
        if (externalValue is not string name)
        {
            var text = JsInspect.Inspect(externalValue);
            throw new LeafCoercionException($"Enum \"{Name}\" cannot represent non-string value: {text}." + DidYouMean(text));
        }

        return Values.Find(name) is { } value
            ? value.Value
            : throw new LeafCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
    }

    /// <summary>Input coercion of a literal: an enum literal naming a value.</summary>
    /// <exception cref="LeafCoercionException">Not an enum literal, or no value has that name.</exception>
    public object? ParseLiteral(ValueNode literal)
    {
        var text = Printer.Print(literal);
        if (literal is not EnumValueNode enumLiteral)
        {
            throw new LeafCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMean(text), literal);
        }

        return Values.Find(enumLiteral.Value) is { } value
            ? value.Value
            : throw new LeafCoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMean(text), literal);
    }

    /// <summary>The enum literal for a runtime value (or a value name), or <see langword="null"/> when none matches.</summary>
    public ValueNode? ValueToLiteral(object? value)
    {
        if (value is not null && Lookup().TryGetValue(value, out var byValue))
        {
            return new EnumValueNode(byValue.Name);
        }

        return value is string name && Values.Contains(name) ? new EnumValueNode(name) : null;
    }

    private string DidYouMean(string input) =>
        Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(input, Values.Select(v => v.Name)));

    private Dictionary<object, EnumValue> Lookup() =>
        _byRuntimeValue is { } existing && _lookupCount == Values.Count ? existing : BuildLookup();

    private Dictionary<object, EnumValue> BuildLookup()
    {
        var lookup = new Dictionary<object, EnumValue>();
        foreach (var value in Values)
        {
            if (value.Value is { } runtime && !lookup.ContainsKey(runtime))
            {
                lookup.Add(runtime, value);
            }
        }

        _lookupCount = Values.Count;
        return _byRuntimeValue = lookup;
    }
}

/// <summary>One value of an <see cref="EnumType"/> (spec §3.9 EnumValueDefinition).</summary>
public sealed class EnumValue : INamedMember
{
    /// <summary>Creates an enum value.</summary>
    /// <param name="name">A valid name other than <c>true</c>, <c>false</c> and <c>null</c>.</param>
    /// <param name="value">The internal runtime value; defaults to <paramref name="name"/>.</param>
    public EnumValue(string name, object? value = null)
    {
        Name = Names.Assert(name);
        if (name is "true" or "false" or "null")
        {
            throw new ArgumentException($"Enum values cannot be named: {name}", nameof(name));
        }

        Value = value ?? name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The internal runtime value.</summary>
    public object Value { get; }

    /// <summary>The description (Markdown), or <see langword="null"/>.</summary>
    public string? Description { get; set; }

    /// <summary>Why the value is deprecated, or <see langword="null"/> when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Whether <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the value definition, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = Array.Empty<DirectiveNode>();

    /// <summary>The definition the value was built from, or <see langword="null"/>.</summary>
    public EnumValueDefinitionNode? AstNode { get; set; }

    /// <summary>Free-form metadata for the engine and application layers.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
