namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>
/// An input value (spec §2.9):
/// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]</c>.
/// </summary>
public abstract class ValueNode : SyntaxNode
{
    /// <summary>Initialises the value.</summary>
    protected ValueNode(Location? location)
        : base(location)
    {
    }
}

/// <summary>A variable reference (spec §2.10): <c>Variable : $ Name</c>.</summary>
public sealed class VariableNode : ValueNode, IHasName
{
    /// <summary>Creates a variable reference.</summary>
    public VariableNode(NameNode name, Location? location = null)
        : base(location) => Name = Required(name, nameof(name));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable name (without <c>$</c>).</summary>
    public NameNode Name { get; }
}

/// <summary>An integer literal (spec §2.9.1), kept as its source text.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <summary>Creates an integer literal.</summary>
    public IntValueNode(string value, Location? location = null)
        : base(location) => Value = Required(value, nameof(value));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal exactly as written (e.g. <c>-0</c>, <c>123</c>).</summary>
    public string Value { get; }
}

/// <summary>A float literal (spec §2.9.2), kept as its source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <summary>Creates a float literal.</summary>
    public FloatValueNode(string value, Location? location = null)
        : base(location) => Value = Required(value, nameof(value));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal exactly as written (e.g. <c>1.5e10</c>).</summary>
    public string Value { get; }
}

/// <summary>A string or block string literal (spec §2.9.4).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <summary>Creates a string literal.</summary>
    /// <param name="value">The string value, escapes decoded and (for block strings) dedented.</param>
    /// <param name="block">Whether it was written as a block string (<c>"""…"""</c>).</param>
    /// <param name="location">Where the node was parsed from.</param>
    public StringValueNode(string value, bool block = false, Location? location = null)
        : base(location)
    {
        Value = Required(value, nameof(value));
        Block = block;
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string value, escapes decoded and block strings dedented.</summary>
    public string Value { get; }

    /// <summary>Whether it was written as a block string.</summary>
    public bool Block { get; }
}

/// <summary>A boolean literal (spec §2.9.3): <c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <summary>Creates a boolean literal.</summary>
    public BooleanValueNode(bool value, Location? location = null)
        : base(location) => Value = value;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public bool Value { get; }
}

/// <summary>The <c>null</c> literal (spec §2.9.5).</summary>
public sealed class NullValueNode : ValueNode
{
    /// <summary>Creates a null literal.</summary>
    public NullValueNode(Location? location = null)
        : base(location)
    {
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum literal (spec §2.9.6): <c>EnumValue : Name but not true, false or null</c>.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <summary>Creates an enum literal.</summary>
    public EnumValueNode(string value, Location? location = null)
        : base(location) => Value = Required(value, nameof(value));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public string Value { get; }
}

/// <summary>A list literal (spec §2.9.7): <c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <summary>Creates a list literal.</summary>
    public ListValueNode(IReadOnlyList<ValueNode> values, Location? location = null)
        : base(location) => Values = ListOrEmpty(values);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items in source order.</summary>
    public IReadOnlyList<ValueNode> Values { get; }
}

/// <summary>An input object literal (spec §2.9.8): <c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <summary>Creates an input object literal.</summary>
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null)
        : base(location) => Fields = ListOrEmpty(fields);

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order (duplicates are kept; validation reports them).</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; }
}

/// <summary>One field of an input object literal: <c>ObjectField[Const] : Name : Value[?Const]</c>.</summary>
public sealed class ObjectFieldNode : SyntaxNode, IHasName
{
    /// <summary>Creates an object field.</summary>
    public ObjectFieldNode(NameNode name, ValueNode value, Location? location = null)
        : base(location)
    {
        Name = Required(name, nameof(name));
        Value = Required(value, nameof(value));
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The field name.</summary>
    public NameNode Name { get; }

    /// <summary>The field value.</summary>
    public ValueNode Value { get; }
}
