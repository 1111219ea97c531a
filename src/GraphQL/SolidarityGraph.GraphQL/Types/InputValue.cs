using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// An argument or input field (spec §3.6.1, §3.10: <c>InputValueDefinition</c>). A default value can be given as a
/// runtime value (<see cref="SetDefaultValue"/>) or as a literal (<see cref="SetDefaultLiteral"/>); the other form
/// is derived on first use.
/// </summary>
public abstract class InputValue : INamedMember
{
    private object? _defaultValue;
    private ValueNode? _defaultLiteral;
    private DefaultState _state;

    /// <summary>Initialises the input value.</summary>
    /// <param name="name">A valid GraphQL name.</param>
    /// <param name="type">An input type (validated when the schema is validated).</param>
    protected InputValue(string name, IType type)
    {
        Name = Names.Assert(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    private enum DefaultState
    {
        None,
        FromValue,
        FromLiteral,
        Both,
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public IType Type { get; }

    /// <summary>The description (Markdown), or <see langword="null"/>.</summary>
    public string? Description { get; set; }

    /// <summary>Why it is deprecated, or <see langword="null"/> when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Whether <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the definition, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = Array.Empty<DirectiveNode>();

    /// <summary>The definition it was built from, or <see langword="null"/>.</summary>
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Free-form metadata for the engine and application layers.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Whether a default value is defined (a default of <c>null</c> counts).</summary>
    public bool HasDefaultValue => _state != DefaultState.None;

    /// <summary>
    /// The default as a coerced runtime value (see <see cref="ValueFromAst"/> for the shapes), or <see langword="null"/>
    /// when there is none or the literal default cannot be coerced to <see cref="Type"/>.
    /// </summary>
    public object? DefaultValue
    {
        get
        {
            if (_state == DefaultState.FromLiteral)
            {
                _defaultValue = ValueFromAst.TryCoerce(_defaultLiteral!, Type, null, out var value) ? value : null;
                _state = DefaultState.Both;
            }

            return _defaultValue;
        }
    }

    /// <summary>
    /// The default as a constant literal, as printed in SDL and introspection (<c>defaultValue</c>), or
    /// <see langword="null"/> when there is none or a runtime default cannot be represented in <see cref="Type"/>.
    /// </summary>
    public ValueNode? DefaultValueLiteral
    {
        get
        {
            if (_state == DefaultState.FromValue)
            {
                _defaultLiteral = AstFromValue.Convert(_defaultValue, Type);
                _state = DefaultState.Both;
            }

            return _defaultLiteral;
        }
    }

    /// <summary>Defines the default as a runtime value; its literal form is derived with <see cref="AstFromValue"/>.</summary>
    public void SetDefaultValue(object? value)
    {
        _defaultValue = value;
        _defaultLiteral = null;
        _state = DefaultState.FromValue;
    }

    /// <summary>Defines the default as a constant literal (as written in SDL); its runtime value is derived with <see cref="ValueFromAst"/>.</summary>
    public void SetDefaultLiteral(ValueNode literal)
    {
        _defaultLiteral = literal ?? throw new ArgumentNullException(nameof(literal));
        _defaultValue = null;
        _state = DefaultState.FromLiteral;
    }

    /// <summary>Removes the default value.</summary>
    public void ClearDefault()
    {
        _defaultValue = null;
        _defaultLiteral = null;
        _state = DefaultState.None;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>An argument of a field or directive (spec §3.6.1 Field Arguments).</summary>
public sealed class Argument : InputValue
{
    /// <summary>Creates an argument.</summary>
    public Argument(string name, IType type)
        : base(name, type)
    {
    }
}

/// <summary>A field of an input object type (spec §3.10).</summary>
public sealed class InputField : InputValue
{
    /// <summary>Creates an input field.</summary>
    public InputField(string name, IType type)
        : base(name, type)
    {
    }
}
