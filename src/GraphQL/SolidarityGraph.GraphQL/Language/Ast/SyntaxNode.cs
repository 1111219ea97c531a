namespace SolidarityGraph.GraphQL.Language.Ast;

/// <summary>Base of every node of the immutable GraphQL syntax tree (spec §2).</summary>
public abstract class SyntaxNode
{
    /// <summary>Initialises the node with its optional source location.</summary>
    /// <param name="location">Where the node was parsed from; <see langword="null"/> when built in code or parsed with <see cref="ParserOptions.NoLocation"/>.</param>
    protected SyntaxNode(Location? location) => Location = location;

    /// <summary>The node kind, one value per concrete node class.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node was parsed from, or <see langword="null"/>.</summary>
    public Location? Location { get; }

    /// <summary>Returns an empty list when <paramref name="items"/> is <see langword="null"/>.</summary>
    private protected static IReadOnlyList<T> ListOrEmpty<T>(IReadOnlyList<T>? items) => items ?? Array.Empty<T>();

    /// <summary>Throws <see cref="ArgumentNullException"/> when a required child is missing.</summary>
    private protected static T Required<T>(T? value, string name)
        where T : class => value ?? throw new ArgumentNullException(name);
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the node, in source order (empty when none).</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node that may carry a description string.</summary>
public interface IHasDescription
{
    /// <summary>The description, or <see langword="null"/>.</summary>
    StringValueNode? Description { get; }
}

/// <summary>A node that is named by a <see cref="NameNode"/>.</summary>
public interface IHasName
{
    /// <summary>The node's name.</summary>
    NameNode Name { get; }
}

/// <summary>A name (spec §2.1.9 Names).</summary>
public sealed class NameNode : SyntaxNode
{
    /// <summary>Creates a name node.</summary>
    public NameNode(string value, Location? location = null)
        : base(location) => Value = Required(value, nameof(value));

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name text.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
